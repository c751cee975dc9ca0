using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Where each part of the spec was written, so that Core's <c>SpecProblem(Path, Message)</c> can be
/// reported at a file position. Paths use the syntax of <see cref="SpecPath"/>: YAML keys joined by '.',
/// list items as <c>[i]</c>, automaton states by name (<c>manifold.states.q[1].to</c>), root = "".
/// A key's path points at its value; a list item's path at the item; a token split out of one string
/// (<c>tokens: "Danke schön"</c>) at that token inside the string when the string is on one line.
/// A path that was never written (a missing key) resolves to its deepest written ancestor — the
/// mapping that lacks the key.
/// </summary>
internal sealed class SpecPathMap
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    /// <summary>The first registration wins: a path names one place in the file.</summary>
    public void Register(string path, SourcePosition position) => _positions.TryAdd(path, position);

    public SourcePosition Resolve(string path)
    {
        for (string? current = path; current is not null; current = SpecPath.Parent(current))
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return SourcePosition.FileStart;
    }
}

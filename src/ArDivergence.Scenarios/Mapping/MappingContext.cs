using ArDivergence.Scenarios.Kinds;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// State shared while mapping one file: the diagnostics, where each spec path was written, and which
/// paths already have a structural error (semantic problems at or below those are not reported again:
/// they would be about the placeholder the mapper put there to keep going).
/// </summary>
internal sealed class MappingContext(DiagnosticBag diagnostics, ScenarioFormat format)
{
    private readonly HashSet<string> _errorPaths = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SpecPathMap Paths { get; } = new();

    /// <summary>The kinds this file may use.</summary>
    public ScenarioFormat Format { get; } = format;

    public void Error(string path, SourcePosition at, string message)
    {
        Diagnostics.Add(at, message);
        _errorPaths.Add(path);
    }

    public void Error(string path, Node at, string message) => Error(path, at.Start, message);

    /// <summary>Whether this path or one of its ancestors has an error (a walk up the path: cheap even with many errors).</summary>
    public bool HasErrorAtOrAbove(string path)
    {
        for (string? current = path; current is not null; current = SpecPath.Parent(current))
        {
            if (_errorPaths.Contains(current))
            {
                return true;
            }
        }

        return false;
    }
}

using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// State shared while mapping one file: the diagnostics, where each spec path was written, and which
/// paths already have a structural error (semantic problems at or below those are not reported again:
/// they would be about the placeholder the mapper put there to keep going).
/// </summary>
internal sealed class MappingContext(DiagnosticBag diagnostics)
{
    private readonly List<string> _errorPaths = [];

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SpecPathMap Paths { get; } = new();

    public int ErrorCount => _errorPaths.Count;

    public void Error(string path, SourcePosition at, string message)
    {
        Diagnostics.Add(at, message);
        _errorPaths.Add(path);
    }

    public void Error(string path, Node at, string message) => Error(path, at.Start, message);

    public bool HasErrorAtOrAbove(string path) => _errorPaths.Exists(errorPath => SpecPath.IsAtOrBelow(path, errorPath));
}

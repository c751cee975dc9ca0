using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios;

/// <summary>Collects the diagnostics of one file so that loading can go on after a mistake.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<ScenarioDiagnostic> _items = [];
    private readonly HashSet<(int Line, int Column)> _positions = [];

    public string File { get; } = file;

    public int Count => _items.Count;

    public void Add(SourcePosition position, string message)
    {
        _items.Add(new ScenarioDiagnostic(File, position.Line, position.Column, message));
        _positions.Add((position.Line, position.Column));
    }

    public bool HasErrorAt(SourcePosition position) => _positions.Contains((position.Line, position.Column));

    /// <summary>In file order; the sort is stable, so errors at one position keep the order they were found in.</summary>
    public IReadOnlyList<ScenarioDiagnostic> ToList() =>
        [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];
}

using System.Globalization;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios;

/// <summary>Collects the diagnostics of one file so that loading can go on after a mistake.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<ScenarioDiagnostic> _items = [];

    public string File { get; } = file;

    public int Count => _items.Count;

    /// <summary>
    /// Adds a diagnostic. The message is escaped onto one line: it may quote the file (a key, a state
    /// name) and FILE:LINE:COL: error: MESSAGE is one line per mistake.
    /// </summary>
    public void Add(SourcePosition position, string message)
    {
        _items.Add(new ScenarioDiagnostic(File, position.Line, position.Column, MessageText.Escape(message)));
    }

    /// <summary>
    /// In file order (the sort is stable: errors at one position keep the order they were found in), at most
    /// <see cref="ScenarioLimits.MaxDiagnostics"/> of them, then one saying how many more there were —
    /// a file of a million mistakes should not print a million lines.
    /// </summary>
    public IReadOnlyList<ScenarioDiagnostic> ToList()
    {
        var ordered = _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (ordered.Count <= ScenarioLimits.MaxDiagnostics)
        {
            return ordered;
        }

        var firstHidden = ordered[ScenarioLimits.MaxDiagnostics];
        var more = ordered.Count - ScenarioLimits.MaxDiagnostics;
        return
        [
            .. ordered.Take(ScenarioLimits.MaxDiagnostics),
            firstHidden with { Message = string.Create(CultureInfo.InvariantCulture, $"{more:N0} more errors not shown, the first of them here") },
        ];
    }
}

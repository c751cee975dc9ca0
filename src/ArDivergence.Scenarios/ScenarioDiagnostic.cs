using System.Globalization;

namespace ArDivergence.Scenarios;

/// <summary>One mistake (or note) in a scenario file, at a 1-based line and column.</summary>
public sealed record ScenarioDiagnostic(string File, int Line, int Column, string Message)
{
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    /// <summary>The compiler-style form editors and terminals turn into links: <c>FILE:LINE:COL: error: MESSAGE</c> (or <c>note:</c>).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Note ? "note" : "error")}: {Message}");
}

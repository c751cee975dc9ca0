using System.Globalization;

namespace ArDivergence.Scenarios;

/// <summary>One mistake in a scenario file, at a 1-based line and column.</summary>
public sealed record ScenarioDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form editors and terminals turn into links: <c>FILE:LINE:COL: error: MESSAGE</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: error: {Message}");
}

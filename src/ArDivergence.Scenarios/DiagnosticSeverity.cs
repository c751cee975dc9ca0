namespace ArDivergence.Scenarios;

public enum DiagnosticSeverity
{
    /// <summary>The file cannot be used.</summary>
    Error,

    /// <summary>The file is valid, but does something the writer may not expect (validate still exits 0).</summary>
    Note,
}

using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios;

/// <summary>The spec when the file is valid, otherwise null and at least one diagnostic (in file order).</summary>
public sealed record ScenarioLoadResult(ScenarioSpec? Spec, IReadOnlyList<ScenarioDiagnostic> Diagnostics)
{
    public bool Succeeded => Spec is not null;

    /// <summary>Notes about a valid file (severity note): things it does that its writer may not expect.</summary>
    public IReadOnlyList<ScenarioDiagnostic> Notes { get; init; } = [];
}

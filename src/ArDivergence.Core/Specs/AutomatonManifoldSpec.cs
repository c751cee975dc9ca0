namespace ArDivergence.Core.Specs;

/// <summary>A deterministic automaton; <see cref="Accept"/> null means every state accepts.</summary>
public sealed record AutomatonManifoldSpec(
    string Start,
    IReadOnlyList<string>? Accept,
    IReadOnlyList<AutomatonStateSpec> States) : ManifoldSpec;

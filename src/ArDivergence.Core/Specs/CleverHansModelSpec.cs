namespace ArDivergence.Core.Specs;

/// <summary>The path-star shortcut learner of Bachmann &amp; Nagarajan (2024).</summary>
public sealed record CleverHansModelSpec : AutoregressiveModelSpec
{
    public override string KindName => "clever_hans";
}

namespace ArDivergence.Core.Specs;

/// <summary>The ground truth: which continuations are valid and how likely each is (semantics §2).</summary>
public abstract record ManifoldSpec;

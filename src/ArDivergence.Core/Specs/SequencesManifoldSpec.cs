namespace ArDivergence.Core.Specs;

/// <summary>A finite list of valid continuations with weights; shorter ones are padded with &lt;eos&gt;.</summary>
public sealed record SequencesManifoldSpec(IReadOnlyList<WeightedSequenceSpec> Sequences) : ManifoldSpec;

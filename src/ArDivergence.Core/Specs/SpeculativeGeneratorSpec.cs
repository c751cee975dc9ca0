namespace ArDivergence.Core.Specs;

/// <summary>Speculative decoding (semantics §12): <see cref="Draft"/> proposes γ tokens, <see cref="Target"/> verifies them.</summary>
public sealed record SpeculativeGeneratorSpec(string Name, string Draft, string Target, int Gamma) : GeneratorSpec(Name)
{
    public override string KindName => "speculative";
}

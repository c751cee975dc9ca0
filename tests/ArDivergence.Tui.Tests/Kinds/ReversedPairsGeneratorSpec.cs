using ArDivergence.Core.Specs;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>A lane that writes <see cref="Token"/> at 2t and 2t − 3 at step t; <see cref="Off"/> at position 2 × <see cref="OffAt"/>.</summary>
public sealed record ReversedPairsGeneratorSpec(string Name, string Token, string Off, int OffAt) : GeneratorSpec(Name)
{
    public override string KindName => ReversedPairsKind.Name;
}

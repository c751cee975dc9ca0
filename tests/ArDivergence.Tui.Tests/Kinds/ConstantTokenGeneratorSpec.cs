using ArDivergence.Core.Specs;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>A lane that always writes <see cref="Token"/>: the throw-away kind of <see cref="ConstantTokenKind"/>.</summary>
public sealed record ConstantTokenGeneratorSpec(string Name, string Token) : GeneratorSpec(Name)
{
    public override string KindName => ConstantTokenKind.Name;
}

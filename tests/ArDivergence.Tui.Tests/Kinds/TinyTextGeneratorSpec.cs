using ArDivergence.Core.Specs;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary><c>{name, kind: tiny_text}</c>: the test-only lane with its own byte vocabulary (<see cref="TinyTextKind"/>).</summary>
public sealed record TinyTextGeneratorSpec(string Name) : GeneratorSpec(Name)
{
    public override string KindName => TinyTextKind.Name;
}

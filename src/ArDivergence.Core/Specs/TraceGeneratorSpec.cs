using ArDivergence.Core.Traces;

namespace ArDivergence.Core.Specs;

/// <summary>
/// <c>{name, kind: trace, files: [GLOB, ...], format: auto}</c> (semantics §10): recorded generations of a
/// real model. <see cref="Traces"/> are the recordings the globs matched, in path order, read by the
/// loader (Core reads no files); each is one independent sample.
/// </summary>
public sealed record TraceGeneratorSpec(string Name, IReadOnlyList<string> Files, string Format) : GeneratorSpec(Name)
{
    public const string Kind = "trace";

    public override string KindName => Kind;

    public IReadOnlyList<RecordedTrace> Traces { get; init; } = [];
}

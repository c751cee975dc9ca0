namespace ArDivergence.Core.Specs;

/// <summary>
/// A real llama.cpp model (semantics §9). <see cref="Path"/> is as the file wrote it; the executable resolves it
/// against the scenario's folder (or a <c>--model LANE=PATH</c> override) before compiling.
/// </summary>
public sealed record GgufModelSpec(
    string Path,
    double Temperature = 1,
    int TopK = 0,
    double TopP = 1,
    double MinP = 0,
    int Threads = 1,
    int Context = 4096) : AutoregressiveModelSpec
{
    public override string KindName => "gguf";

    /// <summary>A real model has a tokenizer of its own, so it runs on text manifolds too (semantics §8).</summary>
    public override bool ReadsText => true;
}

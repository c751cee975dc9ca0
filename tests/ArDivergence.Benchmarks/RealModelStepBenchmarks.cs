using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>
/// A real-model lane's step against the bare llama.cpp decode it runs (issue 12's ≤ 10% target): the planted
/// model of lecun-iid's noisy oracle, 128 tokens already in the cache, one new token decoded per operation.
/// Both sides alternate between two last tokens, so every operation rolls one position back and decodes one.
/// </summary>
public class RealModelStepBenchmarks
{
    private const int Cached = 128;
    private ILanguageModelDecoder _bare = null!;
    private float[] _logits = null!;
    private int[] _tokens = null!;
    private LanguageModelLane _lane = null!;
    private PrefixDecoder _decoder = null!;
    private LaneState _stateA = null!;
    private LaneState _stateB = null!;
    private int[] _prefixA = null!;
    private int[] _prefixB = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = BenchmarkScenarios.MonteCarloPeer(Cached + 8).Replace(
            "generators:\n",
            "generators:\n  - name: real\n    kind: autoregressive\n    model: {kind: gguf, path: \"planted:ar\", context: 512}\n",
            StringComparison.Ordinal);
        var loaded = Loaded.Spec(yaml);
        var spec = ModelFiles.Resolve(loaded, "shipped:bench", null, out var error) ?? throw new InvalidOperationException(error);
        var scenario = ScenarioCompiler.Compile(spec, models: ModelFiles.Provider);
        _lane = (LanguageModelLane)scenario.Generator("real");
        var setup = _lane.Setup;
        var history = Enumerable.Range(0, Cached - 1).Select(i => setup.ToModel(i % 8)).ToArray();
        _stateA = _lane.Start(new SeededRandom(1)) with { T = Cached - 1, Scratch = new GeneratedModelTokens([.. history, setup.ToModel(0)]) };
        _stateB = _stateA with { Scratch = new GeneratedModelTokens([.. history, setup.ToModel(1)]) };
        _prefixA = [.. Enumerable.Range(0, Cached - 1).Select(i => i % 8), 0];
        _prefixB = [.. Enumerable.Range(0, Cached - 1).Select(i => i % 8), 1];
        _decoder = setup.CreateDecoder();

        _bare = setup.Model.CreateDecoder(512, 1);
        _logits = new float[setup.Model.VocabularySize];
        _tokens = [.. setup.PromptTokens, .. history];
        _bare.Decode(_tokens, _logits);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2)]
    public float BareDecode()
    {
        var position = _tokens.Length;
        _bare.RemoveFrom(position);
        _bare.Decode([_lane.Setup.ToModel(0)], _logits);
        _bare.RemoveFrom(position);
        _bare.Decode([_lane.Setup.ToModel(1)], _logits);
        return _logits[0];
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public double LaneStep()
    {
        var a = _lane.Step(_stateA, _prefixA, null, _decoder);
        var b = _lane.Step(_stateB, _prefixB, null, _decoder);
        return a.Compute.Computed + b.Compute.Computed;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _decoder.Dispose();
    }
}

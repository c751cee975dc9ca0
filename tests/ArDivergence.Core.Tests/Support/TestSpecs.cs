using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Tests.Support;

/// <summary>Small scenario specs built in code, for tests that need no YAML.</summary>
internal static class TestSpecs
{
    /// <summary>One state looping on the valid tokens (uniform P*), with extra never-valid tokens.</summary>
    public static ScenarioSpec Loop(int length, string[] valid, string[] extra, params GeneratorSpec[] generators) => new()
    {
        Name = "loop",
        Length = length,
        ExtraTokens = extra,
        Manifold = new AutomatonManifoldSpec("q", null, [new AutomatonStateSpec("q", [.. valid.Select(v => new AutomatonMoveSpec(v, "q"))])]),
        Generators = generators,
    };

    public static ScenarioSpec DankeSchoen(params GeneratorSpec[] generators) => new()
    {
        Name = "danke",
        Prompt = ["Thank", "you"],
        Manifold = new SequencesManifoldSpec([new WeightedSequenceSpec(["Danke", "schön"]), new WeightedSequenceSpec(["Vielen", "Dank"])]),
        Generators = generators,
    };

    public static AutoregressiveGeneratorSpec Oracle(string name, double error, NoiseMode noise = NoiseMode.Invalid, ComputeSpec? compute = null) =>
        new(name, new NoisyOracleModelSpec(new ConstantErrorSpec(error), noise), compute ?? new ComputeSpec());

    public static NonAutoregressiveGeneratorSpec Joint(string name, double error, Conditioning conditioning = Conditioning.PerCall) =>
        new(name, new JointModelSpec(error, conditioning), new ComputeSpec());

    public static NonAutoregressiveGeneratorSpec Factorized(string name, double error) =>
        new(name, new FactorizedModelSpec(new ConstantErrorSpec(error)), new ComputeSpec());

    public static MpcGeneratorSpec Mpc(string name, string inner, int commit = 1, int? horizon = null, bool prefixCache = false) =>
        new(name, inner, commit, horizon, prefixCache);
}

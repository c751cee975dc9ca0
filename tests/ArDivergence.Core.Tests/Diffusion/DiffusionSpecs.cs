using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>Masked-diffusion and speculative lanes built in code.</summary>
internal static class DiffusionSpecs
{
    public static MaskedDiffusionGeneratorSpec Diffusion(
        string name, double error, int steps, int? blockLength = null, Remasking remasking = Remasking.LowConfidence, bool prefixCache = false, NoiseMode noise = NoiseMode.Invalid) =>
        new(name, new ConstantErrorSpec(error), noise, steps, blockLength, remasking, prefixCache, new ComputeSpec());

    /// <summary>Danke schön / Vielen Dank (P' = 2, L = 2, |V| = 6) with the given lanes.</summary>
    public static ScenarioSpec Danke(params GeneratorSpec[] generators) => TestSpecs.DankeSchoen(generators);

    /// <summary>The two-state automaton the sampling-agreement tests use: L = 3, V = {a, b, x}, x never valid.</summary>
    public static ScenarioSpec TwoStates(int length, params GeneratorSpec[] generators) => new()
    {
        Name = "two-states",
        Length = length,
        Vocabulary = ["a", "b", "x"],
        Manifold = new AutomatonManifoldSpec(
            "p",
            ["q"],
            [
                new AutomatonStateSpec("p", [new AutomatonMoveSpec("a", "q", 2), new AutomatonMoveSpec("b", "p")]),
                new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "p"), new AutomatonMoveSpec("b", "q", 3)]),
            ]),
        Generators = generators,
    };
}

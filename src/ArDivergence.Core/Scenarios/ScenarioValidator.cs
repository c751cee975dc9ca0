using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// Semantic checks that need the maths: cross references, vocabulary membership, task parameters,
/// limits, and whether the manifold has any valid sequence of the requested length.
/// Structural checks (types, keys, ranges) are the loader's job; this sees a well-typed spec.
/// The checks live beside what they check: <see cref="ValidationRun"/> (length, tokens, lanes, breakpoints),
/// <c>ManifoldChecks</c>, each generator kind's descriptor (<see cref="IGeneratorKind"/>) and <see cref="CostLimits"/>.
/// </summary>
/// <remarks>
/// Problems are located by spec paths that follow the file as written (YAML keys, not C# names):
/// keys joined by '.', list items as <c>[i]</c> (0-based), automaton states by name, the root as "".
/// E.g. <c>length</c>, <c>prompt[2]</c>, <c>manifold.states.q[1].to</c>, <c>manifold.sequences[0].tokens[1]</c>,
/// <c>manifold.nodes</c>, <c>generators[2].inner</c>, <c>generators[0].compute.heads</c>, <c>breakpoints[0].lane</c>
/// (a breakpoint's token is its <c>value</c>: <c>breakpoints[0].value</c>).
/// </remarks>
public static class ScenarioValidator
{
    // ---- limits --------------------------------------------------------------------------------
    // Every bound a scenario must respect so that loading, compiling and stepping it cost seconds and
    // bounded memory, never an out-of-memory or a minutes-long attempt. scenarios/README.md lists them
    // (a test keeps the table and these constants in step); each message names the limit, the value
    // found and the maximum. The loader's own bounds (file size, nesting, aliases) are in ScenarioLimits.

    /// <summary>L, the number of generated tokens.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>|V|, the number of distinct tokens.</summary>
    public const int MaxVocabulary = 1_000_000;

    public const int MaxAutomatonStates = 100_000;

    /// <summary>Listed sequences of a sequences manifold.</summary>
    public const int MaxSequences = 100_000;

    /// <summary>
    /// Tokens of the listed sequences once padded to L (sequences × L): the manifold keeps a trie node (a few
    /// hundred bytes) per padded token, so 1,000,000 of them is a few hundred MB at worst.
    /// </summary>
    public const long MaxSequenceTokens = 1_000_000;

    /// <summary>An n-gram model really trains on this many sampled sequences, so it is bounded too.</summary>
    public const int MaxTrainSamples = 1_000_000;

    /// <summary>
    /// Tokens the n-gram models sample while training (train_samples × L, summed over the models):
    /// each is a draw and a count, and every distinct context costs memory.
    /// </summary>
    public const long MaxTrainingTokens = 1_000_000;

    /// <summary>
    /// An n-gram's context of order − 1 tokens is packed into 128 bits (Core's NgramContext):
    /// (order − 1) · log2(|V| + 1) must stay below this.
    /// </summary>
    public const int MaxNgramContextBits = 127;

    /// <summary>
    /// A dyck manifold numbers its stacks as nodes of a complete tree in an int:
    /// pairs^(depth + 1) must stay below this, depth = min(max_depth, L / 2) (Core's DyckManifold).
    /// </summary>
    public const int MaxDyckStacks = int.MaxValue;

    /// <summary>
    /// The state space: L × the manifold states possible at one position (automaton states, dyck stacks,
    /// 1 for the other tasks) × the lanes. Exact off_manifold visits up to this many (position, state) pairs
    /// in all (each lane has its own), about a microsecond each; the automaton's feasibility table and a
    /// factorized model's forward pass are bounded by it too.
    /// </summary>
    public const long MaxStateSpace = 10_000_000;

    /// <summary>
    /// An mpc lane over a factorized model that commits several tokens remembers the state its plan began in,
    /// so its exact off_manifold visits (position, state, origin): L × states², each several microseconds.
    /// </summary>
    public const long MaxPlanOriginStateSpace = 1_000_000;

    /// <summary>A factorized model's forward pass keeps the states possible at one position (Core's ForwardMarginals).</summary>
    public const int MaxForwardStates = Generators.ForwardMarginals.MaxStates;

    /// <summary>Lanes (generators); every step steps each of them.</summary>
    public const int MaxGenerators = 64;

    /// <summary>Breakpoints, checked at every step of every lane.</summary>
    public const int MaxBreakpoints = 1_000;

    /// <summary>KV cache bytes per position (2 · layers · kv_heads · d_head · bytes_per_value): 1 TiB, so totals fit in 64 bits.</summary>
    public const long MaxKvBytesPerPosition = 1L << 40;

    public const int MinTopK = 1;
    public const int MaxTopK = 50;

    /// <summary>The sum of two 18-digit numbers fits in a 64-bit integer.</summary>
    public const int MaxAdditionDigits = 18;

    /// <summary>x² of a 9-digit x fits in a 64-bit integer.</summary>
    public const int MaxHashThenValueDigits = 9;

    /// <summary>The FNV-1a hash has 8 hex digits.</summary>
    public const int MaxHashDigits = 8;

    /// <summary>Every problem found, each located by a spec path; empty when the scenario can run.</summary>
    public static IReadOnlyList<SpecProblem> Validate(ScenarioSpec spec) => Validate(spec, checkFeasibility: true);

    /// <summary>
    /// As <see cref="Validate(ScenarioSpec)"/>; with <paramref name="checkFeasibility"/> false the (possibly costly)
    /// "is there a valid sequence of length L" question is skipped. It is only asked when nothing else is wrong.
    /// </summary>
    /// <param name="kinds">The generator kinds the spec may use; the built-in ones when null.</param>
    public static IReadOnlyList<SpecProblem> Validate(ScenarioSpec spec, bool checkFeasibility, KindRegistry? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var run = new ValidationRun(spec, kinds ?? KindRegistry.BuiltIn);
        run.Run();
        if (checkFeasibility && run.Problems.Count == 0 && LengthFeasibility.Check(spec, kinds) is { } infeasible)
        {
            run.Problems.Add(infeasible);
        }

        return run.Problems;
    }
}

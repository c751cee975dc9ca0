using ArDivergence.Scenarios.Kinds;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// The mappings of the format that are not a generator or a manifold of one kind, and the keys each allows (a generator
/// kind's or manifold kind's own keys are its descriptor's: <see cref="IGeneratorSyntax.Keys"/>,
/// <see cref="IManifoldSyntax.Keys"/>). The loader rejects any
/// other key and the schema sync test reads <see cref="ScenarioFormat.KeySets"/>, which adds the kinds'
/// sets to these. Add a key here and to scenario.schema.json together.
/// </summary>
internal static class ScenarioKeys
{
    public static readonly KeySet Scenario = new("scenario", "the scenario",
        ["name", "title", "description", "seed", "length", "prompt", "vocabulary", "extra_tokens", "manifold", "generators", "breakpoints", "display"]);

    public static readonly KeySet WeightedSequence = new("weighted_sequence", "a sequence", ["tokens", "weight"]);
    public static readonly KeySet AutomatonMove = new("automaton_move", "a move", ["token", "to", "p"]);

    public static readonly KeySet NoisyOracleModel = new("noisy_oracle_model", "a noisy_oracle model", ["kind", "error", "noise", "after_error"]);
    public static readonly KeySet Verifier = new("verifier", "a verifier", ["detect", "false_alarm", "retries"]);
    public static readonly KeySet NgramModel = new("ngram_model", "an ngram model", ["kind", "order", "train_samples", "smoothing"]);
    public static readonly KeySet CleverHansModel = new("clever_hans_model", "a clever_hans model", ["kind"]);
    public static readonly KeySet GgufModel = new("gguf_model", "a gguf model", ["kind", "path", "temperature", "top_k", "top_p", "min_p", "threads", "context"]);
    public static readonly KeySet FactorizedModel = new("factorized_model", "a factorized model", ["kind", "error"]);
    public static readonly KeySet JointModel = new("joint_model", "a joint model", ["kind", "sequence_error", "conditioning"]);

    public static readonly KeySet LinearSchedule = new("linear_schedule", "a linear schedule", ["linear"]);
    public static readonly KeySet ValuesSchedule = new("values_schedule", "a values schedule", ["values"]);

    public static readonly KeySet Compute = new("compute", "compute", ["layers", "d_model", "d_ff", "heads", "kv_heads", "bytes_per_value", "kv_cache", "think_flops"]);
    public static readonly KeySet Breakpoint = new("breakpoint", "a breakpoint", ["when", "value", "lane"]);
    public static readonly KeySet Display = new("display", "display", ["top_k"]);

    /// <summary>Every set above, in the order of the format.</summary>
    public static IReadOnlyList<KeySet> All { get; } =
    [
        Scenario, WeightedSequence, AutomatonMove,
        NoisyOracleModel, Verifier, NgramModel, CleverHansModel, GgufModel, FactorizedModel, JointModel,
        LinearSchedule, ValuesSchedule, Compute, Breakpoint, Display,
    ];
}

using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps a generator's <c>model:</c>; which kinds are allowed depends on the generator's kind.</summary>
internal static class ModelMapper
{
    private enum Kind
    {
        NoisyOracle,
        Ngram,
        CleverHans,
        Gguf,
        Factorized,
        Joint,
    }

    private static readonly (string, Kind)[] AutoregressiveKinds =
        [("noisy_oracle", Kind.NoisyOracle), ("ngram", Kind.Ngram), ("clever_hans", Kind.CleverHans), ("gguf", Kind.Gguf)];

    private static readonly (string, Kind)[] OneShotKinds = [("factorized", Kind.Factorized), ("joint", Kind.Joint)];

    private static readonly (string, NoiseMode)[] NoiseModes = [("invalid", NoiseMode.Invalid), ("uniform", NoiseMode.Uniform)];

    private static readonly (string, Conditioning)[] Conditionings =
        [("per_call", Conditioning.PerCall), ("consistent", Conditioning.Consistent)];

    /// <summary>Stands in for a model that could not be read (a file with errors yields no spec).</summary>
    public static readonly AutoregressiveModelSpec PlaceholderAutoregressive = new NoisyOracleModelSpec(new ConstantErrorSpec(0));

    private static readonly OneShotModelSpec PlaceholderOneShot = new JointModelSpec(0);

    public static AutoregressiveModelSpec Autoregressive(MappingContext context, Node? node, string path)
    {
        var (mapping, kind) = ReadKind(context, node, path, AutoregressiveKinds, OneShotKinds, "non_autoregressive");
        return (mapping, kind) switch
        {
            ({ } m, Kind.NoisyOracle) => NoisyOracle(context, new MapReader(context, m, path, ScenarioKeys.NoisyOracleModel)),
            ({ } m, Kind.Ngram) => Ngram(context, new MapReader(context, m, path, ScenarioKeys.NgramModel)),
            ({ } m, Kind.CleverHans) => CleverHans(context, m, path),
            ({ } m, Kind.Gguf) => Gguf(context, new MapReader(context, m, path, ScenarioKeys.GgufModel)),
            _ => PlaceholderAutoregressive,
        };
    }

    public static OneShotModelSpec OneShot(MappingContext context, Node? node, string path)
    {
        var (mapping, kind) = ReadKind(context, node, path, OneShotKinds, AutoregressiveKinds, "autoregressive");
        return (mapping, kind) switch
        {
            ({ } m, Kind.Factorized) => Factorized(context, new MapReader(context, m, path, ScenarioKeys.FactorizedModel)),
            ({ } m, Kind.Joint) => Joint(context, new MapReader(context, m, path, ScenarioKeys.JointModel)),
            _ => PlaceholderOneShot,
        };
    }

    private static NoisyOracleModelSpec NoisyOracle(MappingContext context, MapReader map) => new(
        ScheduleMapper.Map(context, map.Required("error"), map.PathOf("error")),
        Values.Choice(context, map.Optional("noise"), map.PathOf("noise"), NoiseModes) ?? NoiseMode.Invalid)
    {
        AfterError = Values.Number(context, map.Optional("after_error"), map.PathOf("after_error"), 0, MaxAfterError, minExclusive: true) ?? 1.0,
    };

    /// <summary>κ above this multiplies ε past 1 at the first error anyway (ε ≥ 1e-6 is already capped at 1 there).</summary>
    private const double MaxAfterError = 1e6;

    /// <summary><c>verifier: {detect, false_alarm, retries}</c>, or null when the generator has none.</summary>
    public static VerifierSpec? Verifier(MappingContext context, Node? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        var mapping = Lists.Mapping(context, node, path, "a verifier mapping {detect, false_alarm, retries}");
        if (mapping is null)
        {
            return null;
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.Verifier);
        return new VerifierSpec(
            Values.Probability(context, map.Required("detect"), map.PathOf("detect")) ?? 0,
            Values.Probability(context, map.Optional("false_alarm"), map.PathOf("false_alarm")) ?? 0,
            Values.Int(context, map.Required("retries"), map.PathOf("retries"), min: 0, max: MaxRetries) ?? 0);
    }

    /// <summary>Retries beyond this change no printed digit (r^m underflows) and only slow the lane down.</summary>
    private const int MaxRetries = 1000;

    private static NgramModelSpec Ngram(MappingContext context, MapReader map) => new(
        Values.Int(context, map.Required("order"), map.PathOf("order"), min: 1) ?? 1,
        Values.Int(context, map.Optional("train_samples"), map.PathOf("train_samples"), min: 1) ?? 1000,
        Values.Number(context, map.Optional("smoothing"), map.PathOf("smoothing"), 0, double.MaxValue, minExclusive: true) ?? 0.1);

    private static CleverHansModelSpec CleverHans(MappingContext context, MappingNode mapping, string path)
    {
        _ = new MapReader(context, mapping, path, ScenarioKeys.CleverHansModel);
        return new CleverHansModelSpec();
    }

    /// <summary>A real model (semantics §9); the path stays as written: the executable resolves it against the scenario's folder.</summary>
    private static GgufModelSpec Gguf(MappingContext context, MapReader map) => new(
        Values.Text(context, map.Required("path"), map.PathOf("path")) ?? string.Empty,
        Values.Number(context, map.Optional("temperature"), map.PathOf("temperature"), 0, double.MaxValue) ?? 1,
        Values.Int(context, map.Optional("top_k"), map.PathOf("top_k"), min: 0) ?? 0,
        Values.Number(context, map.Optional("top_p"), map.PathOf("top_p"), 0, 1, minExclusive: true) ?? 1,
        Values.Probability(context, map.Optional("min_p"), map.PathOf("min_p")) ?? 0,
        Values.Int(context, map.Optional("threads"), map.PathOf("threads"), min: 1, max: 256) ?? 1,
        Values.Int(context, map.Optional("context"), map.PathOf("context"), min: 1) ?? 4096);

    private static FactorizedModelSpec Factorized(MappingContext context, MapReader map) => new(
        ScheduleMapper.Map(context, map.Required("error"), map.PathOf("error")));

    private static JointModelSpec Joint(MappingContext context, MapReader map) => new(
        Values.Probability(context, map.Required("sequence_error"), map.PathOf("sequence_error")) ?? 0,
        Values.Choice(context, map.Optional("conditioning"), map.PathOf("conditioning"), Conditionings) ?? Conditioning.PerCall);

    /// <summary>The model mapping and its kind; a kind of the other generator family gets a message saying so.</summary>
    private static (MappingNode? Mapping, Kind? Kind) ReadKind(
        MappingContext context, Node? node, string path, (string, Kind)[] allowed, (string, Kind)[] otherFamily, string otherFamilyName)
    {
        var mapping = Lists.Mapping(context, node, path, $"a model mapping with kind: {Values.Words(allowed)}");
        if (mapping is null)
        {
            return (null, null);
        }

        var kindPath = SpecPath.Child(path, "kind");
        var kindNode = mapping.Find("kind")?.Value;
        context.Paths.Register(path, mapping.Start);
        if (kindNode is null)
        {
            context.Error(kindPath, mapping, $"missing required key 'kind' in the model; expected one of {Values.Words(allowed)}");
            return (null, null);
        }

        context.Paths.Register(kindPath, kindNode.Start);
        if (kindNode is ScalarNode scalar && Array.Exists(otherFamily, o => o.Item1 == scalar.Value))
        {
            context.Error(kindPath, scalar,
                $"kind: '{MessageText.Quote(scalar.Value)}' is a model for {otherFamilyName} generators; this generator takes one of {Values.Words(allowed)}");
            return (null, null);
        }

        return (mapping, Values.Choice(context, kindNode, kindPath, allowed));
    }
}

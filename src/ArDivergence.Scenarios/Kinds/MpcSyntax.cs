using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{name, kind: mpc, inner, commit, horizon, prefix_cache, rollouts, select}</c> (the last two over real models).</summary>
internal sealed class MpcSyntax : IGeneratorSyntax
{
    public string KindName => "mpc";

    public KeySet Keys { get; } = new("mpc_generator", "an mpc generator", ["name", "kind", "inner", "commit", "horizon", "prefix_cache", "rollouts", "select"]);

    private static readonly (string, RolloutSelection)[] Selections =
        [("sample", RolloutSelection.Sample), ("likelihood", RolloutSelection.Likelihood), ("valid", RolloutSelection.Valid)];

    /// <summary>mpc plans with its inner generator, so it has neither a model nor a compute shape of its own.</summary>
    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["model"] = "an mpc generator takes no 'model': it plans with its inner generator's model (set that on the generator named by 'inner')",
        ["compute"] = "an mpc generator takes no 'compute': it runs its inner generator, whose compute it uses (set that on the generator named by 'inner')",
    };

    public GeneratorSpec Map(string name, KindFields fields)
    {
        var inner = fields.Name("inner");
        var commit = fields.WholeNumber("commit", min: 1);

        // horizon: null is written out to mean "to the end", the same as leaving it out.
        var horizon = fields.Reader.Optional("horizon") is ScalarNode { Type: ScalarType.Null } ? null : fields.WholeNumber("horizon", min: 1);
        var prefixCache = fields.Bool("prefix_cache");
        var rollouts = fields.WholeNumber("rollouts", min: 1);
        var select = Values.Choice(fields.Context, fields.Reader.Optional("select"), fields.Reader.PathOf("select"), Selections);
        return new MpcGeneratorSpec(name, inner ?? string.Empty, commit ?? 1, horizon, prefixCache ?? false)
        {
            Rollouts = rollouts ?? 1,
            Select = select ?? RolloutSelection.Sample,
        };
    }
}

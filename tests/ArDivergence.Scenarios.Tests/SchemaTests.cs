using System.Text.Json;
using System.Text.Json.Nodes;
using ArDivergence.Scenarios.Kinds;
using Json.Schema;

namespace ArDivergence.Scenarios.Tests;

/// <summary>scenario.schema.json (for editors) and the loader must describe the same format.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "scenario.schema.json"));
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);
    private static readonly JsonObject Definitions = JsonNode.Parse(SchemaText)!["$defs"]!.AsObject();

    public static TheoryData<string> KeySets() => [.. ScenarioFormat.BuiltIn.KeySets.Select(k => k.Definition)];

    public static TheoryData<string> ShippedNames() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(KeySets))]
    public void Loader_key_table_matches_the_schema_properties(string definition)
    {
        var keys = ScenarioFormat.BuiltIn.KeySets.Single(k => k.Definition == definition);
        Assert.True(Definitions.ContainsKey(definition), $"$defs/{definition} is missing from the schema");
        var properties = Definitions[definition]!["properties"]!.AsObject().Select(p => p.Key);
        Assert.Equal(keys.Keys, properties);
    }

    [Fact]
    public void Every_closed_schema_definition_has_a_loader_key_table()
    {
        var closed = Definitions
            .Where(d => d.Value!["additionalProperties"] is JsonValue value && value.GetValueKind() == JsonValueKind.False)
            .Select(d => d.Key)
            .Order(StringComparer.Ordinal);
        Assert.Equal(ScenarioFormat.BuiltIn.KeySets.Select(k => k.Definition).Order(StringComparer.Ordinal), closed);
    }

    /// <summary>Each generator kind's schema fragment: its name in the kind enum and an if/then that applies its definition.</summary>
    [Fact]
    public void Generator_dispatch_in_the_schema_lists_every_registered_kind_in_order()
    {
        var kinds = ScenarioFormat.BuiltIn.Generators;
        Assert.Equal(kinds.Select(k => k.KindName), Enum("generator", "kind"));
        Assert.Equal(kinds.Select(k => (k.KindName, "#/$defs/" + k.Keys.Definition)), Dispatch("generator", "kind"));
    }

    /// <summary>The same for manifold kinds: sequences and automaton by kind, each task by task (all under kind: task).</summary>
    [Fact]
    public void Manifold_and_task_dispatch_in_the_schema_list_every_registered_kind_in_order()
    {
        var manifolds = ScenarioFormat.BuiltIn.Manifolds;
        var tasks = manifolds.Where(m => m.TaskName is not null).ToList();
        var kinds = manifolds.Select(m => m.KindName).Distinct().ToList();
        Assert.Equal(kinds, Enum("manifold", "kind"));
        Assert.Equal(
            kinds.Select(k => (k, "#/$defs/" + (k == "task" ? "task_manifold" : manifolds.Single(m => m.KindName == k).Keys.Definition))),
            Dispatch("manifold", "kind"));
        Assert.Equal(tasks.Select(t => t.TaskName!), Enum("task_manifold", "task"));
        Assert.Equal(tasks.Select(t => (t.TaskName!, "#/$defs/" + t.Keys.Definition)), Dispatch("task_manifold", "task"));
    }

    private static IEnumerable<string> Enum(string definition, string key) =>
        Definitions[definition]!["properties"]![key]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

    /// <summary>The definition's <c>allOf</c> of <c>if {key: const} then $ref</c> rules, as (const, $ref) pairs.</summary>
    private static IEnumerable<(string, string)> Dispatch(string definition, string key) =>
        Definitions[definition]!["allOf"]!.AsArray()
            .Select(rule => (rule!["if"]!["properties"]![key]!["const"]!.GetValue<string>(), rule["then"]!["$ref"]!.GetValue<string>()));

    [Fact]
    public void Schema_is_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(SchemaText)!["$schema"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void Every_shipped_scenario_validates_against_the_schema(string name)
    {
        var result = Evaluate(ShippedScenarios.Find(name)!.Text);
        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public void Full_example_validates_against_the_schema()
    {
        var result = Evaluate("""
            name: full
            seed: 1
            length: 4
            prompt: [a, 1]
            extra_tokens: "x y"
            manifold:
              kind: automaton
              start: 0
              accept: [0]
              states:
                0: [{token: a, to: 0, p: 0.5}, {token: 1, to: 0}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: ngram, order: 2, smoothing: 0.5}, compute: {d_model: 64, heads: 1}}
              - {name: one, kind: non_autoregressive, model: {kind: factorized, error: {values: [0.1]}}}
              - {name: mpc, kind: mpc, inner: one, horizon: null, prefix_cache: true}
            breakpoints:
              - {when: token, value: 1, lane: ar}
              - {when: position, value: 2}
              - {when: off_manifold}
            display: {top_k: 3}
            """);
        Assert.True(result.IsValid, Errors(result));
    }

    /// <summary>Each of these is wrong in one way; the loader and the schema must both say no.</summary>
    public static TheoryData<string> BadFiles() =>
    [
        Minimal.Replace("name: t", "name: t\ncolour: blue", StringComparison.Ordinal),
        Minimal.Replace("error: 0", "error: 1.5", StringComparison.Ordinal),
        Minimal.Replace("error: 0", "error: {linear: [0.1]}", StringComparison.Ordinal),
        Minimal.Replace("error: 0", "error: .nan", StringComparison.Ordinal),
        Minimal.Replace("noisy_oracle", "gaussian", StringComparison.Ordinal),
        Minimal.Replace("name: t", "name: Bad_Name", StringComparison.Ordinal),
        Minimal.Replace("name: t\n", string.Empty, StringComparison.Ordinal),
        Minimal.Replace("kind: autoregressive", "kind: mpc, inner: x", StringComparison.Ordinal),
        Minimal.Replace("[a b]", "[{tokens: a, weight: 0}]", StringComparison.Ordinal),
        Minimal + "length: 0\n",
        Minimal + "display: {top_k: 0}\n",
        Minimal + "breakpoints: [{when: off_manifold, value: 1}]\n",
        Minimal + "breakpoints: [{when: position}]\n",
        Minimal + "breakpoints: [{when: token_error_above, value: 2}]\n",
        Minimal.Replace("{kind: sequences, sequences: [a b]}", "{kind: task, task: addition, digits: 0}", StringComparison.Ordinal),
        Minimal.Replace("{kind: sequences, sequences: [a b]}", "{kind: task, task: path_star, degree: 1, path_length: 2, nodes: 5}", StringComparison.Ordinal),
    ];

    private const string Minimal = """
        name: t
        manifold: {kind: sequences, sequences: [a b]}
        generators:
          - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}

        """;

    [Fact]
    public void Minimal_base_of_the_bad_files_is_good_for_both()
    {
        Assert.True(Load.Text(Minimal).Succeeded);
        Assert.True(Evaluate(Minimal).IsValid);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_file_is_rejected_by_both_the_loader_and_the_schema(string yaml)
    {
        Assert.False(Load.Text(yaml).Succeeded, "the loader accepted:\n" + yaml);
        Assert.False(Evaluate(yaml).IsValid, "the schema accepted:\n" + yaml);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var json = YamlJson.Convert(yaml);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) => string.Join(
        "\n",
        (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}

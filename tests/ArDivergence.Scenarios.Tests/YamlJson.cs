using System.Globalization;
using System.Text.Json.Nodes;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// YAML to JSON as editors see it (YAML 1.2 core schema), so the scenario files can be checked against
/// scenario.schema.json. Uses the loader's own reader, whose guards apply here too.
/// </summary>
internal static class YamlJson
{
    public static JsonNode? Convert(string yaml)
    {
        var bag = new DiagnosticBag("schema-test.yaml");
        var root = YamlTreeReader.Read(yaml, bag);
        Assert.True(root is not null, "not YAML: " + string.Join("\n", bag.ToList()));
        return Convert(root);
    }

    private static JsonNode? Convert(Node node) => node switch
    {
        MappingNode mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        SequenceNode sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        ScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static JsonValue? Scalar(ScalarNode scalar) => scalar.Type switch
    {
        ScalarType.Null => null,
        ScalarType.Bool => JsonValue.Create(CoreSchema.IsTrue(scalar.Value)),
        ScalarType.Int when CoreSchema.TryParseInteger(scalar.Value, out var integer) => JsonValue.Create(integer),
        ScalarType.Int or ScalarType.Float when double.IsFinite(CoreSchema.ParseNumber(scalar.Value)) =>
            JsonValue.Create(CoreSchema.ParseNumber(scalar.Value)),

        // JSON has no NaN or infinity; a string keeps the schema's "number" check failing, as it should.
        ScalarType.Int or ScalarType.Float => JsonValue.Create(scalar.Value.ToString(CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(scalar.Value),
    };
}

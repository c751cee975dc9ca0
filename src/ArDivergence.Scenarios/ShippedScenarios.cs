using System.Text;

namespace ArDivergence.Scenarios;

/// <summary>
/// The scenario files under <c>scenarios/</c>, embedded in this assembly (as <c>scenarios/&lt;file&gt;</c>)
/// so that <c>ardiv</c> works from any directory.
/// </summary>
public static class ShippedScenarios
{
    private const string ResourcePrefix = "scenarios/";

    /// <summary>What <c>ardiv</c> opens when given no scenario.</summary>
    public const string DefaultName = "is-ar-doomed";

    private static readonly Lazy<IReadOnlyList<ShippedScenario>> Scenarios = new(ReadAll);

    /// <summary>Every shipped scenario, ordered by name.</summary>
    public static IReadOnlyList<ShippedScenario> All => Scenarios.Value;

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static ShippedScenario Default => Find(DefaultName)
        ?? throw new InvalidOperationException($"the default scenario '{DefaultName}' is not embedded");

    /// <summary>The scenario with this name (with or without <c>.yaml</c>), or null.</summary>
    public static ShippedScenario? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.EndsWith(".yaml", StringComparison.Ordinal) ? name[..^".yaml".Length] : name;
        return All.FirstOrDefault(s => s.Name == bare);
    }

    /// <summary>scenario.schema.json, for editors (<c># yaml-language-server: $schema=...</c>) and for export.</summary>
    public static string SchemaText => ReadResource(ResourcePrefix + "scenario.schema.json")
        ?? throw new InvalidOperationException("scenario.schema.json is not embedded");

    private static List<ShippedScenario> ReadAll()
    {
        var assembly = typeof(ShippedScenarios).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n =>
                {
                    var fileName = n[ResourcePrefix.Length..];
                    return new ShippedScenario(fileName[..^".yaml".Length], fileName, ReadResource(n)!);
                }),
        ];
    }

    private static string? ReadResource(string name)
    {
        using var stream = typeof(ShippedScenarios).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}

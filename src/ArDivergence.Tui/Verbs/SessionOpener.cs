using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>Turns verb arguments into a session, reporting bad input the way every verb does.</summary>
internal static class SessionOpener
{
    /// <summary>Null (after printing why) when the scenario or a lane name is bad.</summary>
    public static ScenarioSpec? LoadSpec(string file, IReadOnlyList<string>? lanes, ConsoleStreams console, out ScenarioSource source)
    {
        source = ScenarioSource.Load(file);
        if (source.Spec is not { } spec)
        {
            CliError.BadScenario(console.Error, source);
            return null;
        }

        var unknown = (lanes ?? []).Where(l => spec.Generators.All(g => g.Name != l)).ToArray();
        if (unknown.Length > 0)
        {
            CliError.Usage(
                console.Error,
                $"no lane named {string.Join(", ", unknown.Select(u => $"'{u}'"))} in {file} (lanes: {string.Join(", ", spec.Generators.Select(g => g.Name))})");
            return null;
        }

        return spec;
    }

    public static SessionOptions Options(long? seed, IReadOnlyList<string>? lanes, int? topK) => new()
    {
        Seed = seed,
        Lanes = lanes is { Count: > 0 } ? lanes : null,
        TopK = topK,
    };
}

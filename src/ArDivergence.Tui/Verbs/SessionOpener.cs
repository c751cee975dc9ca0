using ArDivergence.Core.Debugging;
using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>Turns verb arguments into a session, reporting bad input the way every verb does.</summary>
internal static class SessionOpener
{
    /// <summary>Null (after printing why) when the scenario, a lane name or a `--model` override is bad.</summary>
    public static ScenarioSpec? LoadSpec(string file, IReadOnlyList<string>? lanes, ConsoleStreams console, out ScenarioSource source, IReadOnlyList<string>? models = null)
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

        var resolved = ModelFiles.Resolve(spec, source.Path, models, out var error);
        if (error is not null)
        {
            CliError.Usage(console.Error, error);
        }

        return resolved;
    }

    public static SessionOptions Options(long? seed, IReadOnlyList<string>? lanes, int? topK) => new()
    {
        Seed = seed,
        Lanes = lanes is { Count: > 0 } ? lanes : null,
        TopK = topK,
        Models = ModelFiles.Provider,
    };

    /// <summary>The session, or null after printing the one-line reason a model file cannot be used (exit code 2).</summary>
    public static DebuggerSession? Open(ScenarioSpec spec, SessionOptions options, ConsoleStreams console)
    {
        try
        {
            return new DebuggerSession(spec, options);
        }
        catch (ModelLoadException e)
        {
            console.Error.WriteLine($"ardiv: error: {e.Message}");
            return null;
        }
    }
}

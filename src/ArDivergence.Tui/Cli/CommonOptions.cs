using System.CommandLine;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Cli;

/// <summary>Options several verbs share, spelt the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string> ScenarioArgument() => new("FILE")
    {
        Description = "A scenario file, or the name of a shipped scenario (see `ardiv scenarios`).",
    };

    public static Option<long?> Seed() => new("--seed")
    {
        Description = "Seed override (default: the scenario's `seed`, else 0). One seed reproduces everything.",
    };

    public static Option<OutputFormat?> Format() => new("--format")
    {
        Description = "table (default on a terminal), json (default when redirected) or csv.",
        HelpName = "table|json|csv",
    };

    public static Option<string[]> Lanes() => new("--lane")
    {
        Description = "Only this lane (generator name); repeat for several. Default: every lane.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Models() => new("--model")
    {
        Description = "Run lane LANE's gguf model from PATH instead of its model.path; repeat for several lanes.",
        HelpName = "LANE=PATH",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar on stderr (there is none anyway when stderr is redirected).",
    };

    public static OutputFormat ResolveFormat(OutputFormat? requested, ConsoleStreams console) =>
        requested ?? (console.OutIsTerminal ? OutputFormat.Table : OutputFormat.Json);
}

using System.CommandLine;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// Monte Carlo runs per lane when `--samples` is not given: 10,000 for simulated lanes, 200 for a real model,
/// whose every run decodes L tokens (semantics §9's debugger default, so headless and debugger agree).
/// </summary>
internal static class RealModelSamples
{
    public const int Default = 200;

    public static int For(IGenerator lane, int? given) =>
        given ?? (lane is IDecoderLane ? Default : RunVerb.DefaultMonteCarloSamples);

    /// <summary>The value of `--samples` when the user typed it, else null.</summary>
    public static int? Given(ParseResult result, Option<int> samples) =>
        result.GetResult(samples) is { Implicit: false } ? result.GetValue(samples) : null;
}

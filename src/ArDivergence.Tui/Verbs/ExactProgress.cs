using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>Computes a lane's exact off_manifold one step at a time so the progress bar can follow it.</summary>
internal static class ExactProgress
{
    /// <summary>
    /// The exact value at <paramref name="upTo"/> (null past the state-space limit, or for a lane without
    /// an exact process), reporting t / upTo.
    /// </summary>
    public static double? Through(ExactOffManifold? exact, int upTo, string lane, StderrProgress progress)
    {
        if (exact is null)
        {
            return null;
        }

        if (upTo < 1)
        {
            return exact.At(upTo);
        }

        progress.Start($"{lane}: exact off_manifold");
        for (var t = Math.Max(1, exact.ComputedThrough + 1); t < upTo; t++)
        {
            if (exact.At(t) is null)
            {
                return null;
            }

            progress.Report((double)t / upTo);
        }

        var value = exact.At(upTo);
        progress.Report(1);
        return value;
    }
}

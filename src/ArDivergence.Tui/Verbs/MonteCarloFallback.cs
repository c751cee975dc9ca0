using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// Where exact dynamic programming stops (its state space is over the limit), runs Monte Carlo for the
/// lane and says so on stderr, so the output never silently changes what its numbers mean.
/// </summary>
internal static class MonteCarloFallback
{
    /// <param name="samples">Runs per lane; null for each lane's default (<see cref="RealModelSamples"/>).</param>
    public static void Fill(SessionSnapshot snapshot, int upTo, int? samples, ConsoleStreams console, StderrProgress progress)
    {
        foreach (var lane in snapshot.Lanes)
        {
            if (upTo < 1)
            {
                continue;
            }

            ExactProgress.Through(lane.OffManifold.Exact, upTo, lane.Name, progress);
            // False too for a lane that can make no runs: its value past the exact process stays unknown.
            if (!lane.OffManifold.NeedsMonteCarlo(upTo))
            {
                continue;
            }

            var laneSamples = RealModelSamples.For(snapshot.Scenario.Generator(lane.Name), samples);
            progress.Clear();
            console.Error.WriteLine(lane.OffManifold.Exact is { } exact
                ? $"ardiv: note: lane {lane.Name}: exact off_manifold stops after t = {exact.ComputedThrough} " +
                  $"(more than {exact.MaxStates:N0} states, the limit); Monte Carlo with {laneSamples:N0} runs from there"
                : $"ardiv: note: lane {lane.Name}: the lane has no exact process; Monte Carlo with {laneSamples:N0} runs");
            progress.Start($"{lane.Name}: monte carlo");
            lane.OffManifold.RunMonteCarlo(laneSamples, progress);
        }
    }
}

using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators.Diffusion;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// How far a lane is, for its header: "t 5/16" (lane time of L, which for a lane writing position t at step t is
/// also positions written). A masked-diffusion lane's steps are not positions (S steps fill L positions), so it
/// says both: "step 2 of 4, 4/8 written", shorter where the header is narrow (down to "s 2/4", as short as "t 2/8").
/// </summary>
public static class LaneProgress
{
    /// <summary>The widest form that leaves <paramref name="room"/> cells, or the shortest.</summary>
    public static string Text(SessionSnapshot snapshot, LaneSnapshot lane, int room)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        if (snapshot.Scenario.Generator(lane.Name) is not MaskedDiffusionGenerator diffusion)
        {
            return $"t {lane.T}/{lane.Length}";
        }

        var (s, steps, written, length) = (lane.T, diffusion.Schedule.Steps, lane.Tokens.Count, lane.Length);
        string[] forms =
        [
            $"step {s} of {steps}, {written}/{length} written",
            $"step {s}/{steps}, {written}/{length} written",
            $"step {s}/{steps} · {written}/{length}",
            $"s {s}/{steps} · {written}/{length}",
            $"s {s}/{steps}",
        ];
        return forms.FirstOrDefault(f => TextCells.Width(f) <= room) ?? forms[^1];
    }
}

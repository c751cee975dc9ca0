using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Output;

/// <summary>
/// One step of one lane with what its record lacks for printing: the token as text, off_manifold as known to
/// the caller and the top-k as text. The columns (<see cref="Presentation.Columns.StepColumns"/>) read it.
/// </summary>
public sealed record StepRow(StepRecord Step, string Token, OffManifoldValue? OffManifold, IReadOnlyList<TopRow> Top)
{
    public int T => Step.T;

    /// <summary>The row `ardiv run` prints for one step, with off_manifold as known to the caller.</summary>
    /// <param name="lane">The lane's name: its tokens' text comes from its own tokenizer on a text manifold.</param>
    public static StepRow From(SessionSnapshot snapshot, StepRecord step, OffManifoldValue? offManifold, string lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(step);
        return new StepRow(
            step,
            snapshot.TokenText(lane, step.Token),
            offManifold,
            [.. step.Top.Select(top => new TopRow(snapshot.TokenText(lane, top.Token), top.Probability, top.Valid))]);
    }
}

using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>One alternative of a step's next-token distribution: <see cref="Token"/> is its text (what force sends).</summary>
public sealed record TopKRow(string Token, double Probability, bool Valid, bool Emitted)
{
    /// <summary>The token as the screen shows it, with its whitespace and bytes escaped (<see cref="TokenDisplay"/>).</summary>
    public string Shown { get; init; } = Token;
}

/// <summary>The top-k of a step (what the generator's distribution was when it chose the token at t).</summary>
public static class Distribution
{
    public static IReadOnlyList<TopKRow> Rows(SessionSnapshot snapshot, string lane, StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(step);
        return [
            .. step.Top.Select(top => new TopKRow(snapshot.TokenText(lane, top.Token), top.Probability, top.Valid, top.Token == step.Token)
            {
                Shown = TokenDisplay.Of(snapshot, lane, top.Token),
            }),
        ];
    }

    /// <summary>"a  ✓ ██████▌ 0.6600": the row's text parts (token, mark, bar, probability).</summary>
    public static (string Mark, string Bar, string Probability) Parts(TopKRow row, int barWidth)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row.Valid ? StepTable.ValidMark : StepTable.InvalidMark, Bars.Of(row.Probability, barWidth), Units.Probability(row.Probability));
    }
}

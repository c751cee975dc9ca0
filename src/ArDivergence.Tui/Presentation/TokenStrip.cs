using System.Runtime.CompilerServices;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>One generated token of a lane as the strip shows it: written at step <see cref="T"/> to <see cref="Position"/>.</summary>
public sealed record StripToken(int T, string Text, bool OnManifold, bool Forced)
{
    /// <summary>Where the token is in the output; the step's own number for lanes that write position t at step t.</summary>
    public int Position { get; init; } = T;

    /// <summary>A position not written yet, before one that is (<see cref="T"/> is 0: no step wrote it).</summary>
    public bool IsGap => T == 0;

    public static StripToken Gap(int position) => new(0, TokenStrip.GapMark, true, false) { Position = position };
}

/// <summary>A token placed on a row and column of the strip, with its label.</summary>
public sealed record PlacedToken(StripToken Token, string Label, int Row, int Column);

/// <summary>
/// A lane's tokens so far by position, wrapped to a column: on-manifold tokens as they are, off-manifold
/// ones with a trailing ✗, forced ones (where the lane branched) with a leading ↳, positions not yet
/// written before the last written one as ▢ — readable without colour.
/// </summary>
public static class TokenStrip
{
    public const string GapMark = "▢";

    // The layout asks at every frame; a vocabulary of 50,000 tokens is measured once.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, StrongBox<double>> MeanWidths = new();

    public static IReadOnlyList<StripToken> Tokens(SessionSnapshot snapshot, LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        var byPosition = new StripToken?[lane.Length];
        var last = 0;
        foreach (var step in lane.Steps)
        {
            foreach (var write in step.Writes)
            {
                if (write.Position >= 1 && write.Position <= lane.Length)
                {
                    // A later write of a position replaces the earlier one, as in the lane's output.
                    byPosition[write.Position - 1] = Written(snapshot, lane, step, write);
                    last = Math.Max(last, write.Position);
                }
            }
        }

        return [.. byPosition.Take(last).Select((token, i) => token ?? StripToken.Gap(i + 1))];
    }

    /// <summary>
    /// The token of one write; the invalid mark is its step's, the forced mark its position's (a forced diffusion
    /// step also commits positions that were drawn, and only the forced one is marked).
    /// </summary>
    public static StripToken Written(SessionSnapshot snapshot, LaneSnapshot lane, StepRecord step, TokenWrite write)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentNullException.ThrowIfNull(step);
        return new StripToken(step.T, TokenDisplay.Of(snapshot, lane.Name, write.Token), step.OnManifold, lane.IsBranchedAt(write.Position) || (step.Forced && step.Writes.Count == 1))
        {
            Position = write.Position,
        };
    }

    /// <summary>
    /// Rows a lane's strip needs for a whole run of <paramref name="length"/> tokens in a column
    /// <paramref name="width"/> wide, estimated from the vocabulary's mean token width (so the layout
    /// does not shift while stepping).
    /// </summary>
    public static int RowsFor(int length, IReadOnlyList<string> vocabulary, int width)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (length <= 0 || width <= 0)
        {
            return 1;
        }

        var mean = MeanWidths.GetValue(vocabulary, v => new StrongBox<double>(v.Count == 0 ? 1 : v.Average(TextCells.Width))).Value;
        var perRow = Math.Max(1, (int)Math.Floor((width + 1) / (mean + 1.2)));
        return (length + perRow - 1) / perRow;
    }

    public static string Label(StripToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return (token.Forced ? StepTable.ForcedMark : "") + token.Text + (token.OnManifold ? "" : StepTable.InvalidMark);
    }

    /// <summary>Places tokens left to right, one space apart, wrapping at <paramref name="width"/> columns.</summary>
    public static IReadOnlyList<PlacedToken> Layout(IReadOnlyList<StripToken> tokens, int width)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var placed = new List<PlacedToken>(tokens.Count);
        if (width <= 0)
        {
            return placed;
        }

        int row = 0, column = 0;
        foreach (var token in tokens)
        {
            placed.Add(Place(token, width, ref row, ref column));
        }

        return placed;
    }

    /// <summary>Places one token after the previous ones (row and column advance past it).</summary>
    public static PlacedToken Place(StripToken token, int width, ref int row, ref int column)
    {
        ArgumentNullException.ThrowIfNull(token);
        var label = TextCells.Fit(Label(token), width);
        var w = TextCells.Width(label);
        if (column > 0 && column + w > width)
        {
            row++;
            column = 0;
        }

        var placed = new PlacedToken(token, label, row, column);
        column += w + 1;
        return placed;
    }
}

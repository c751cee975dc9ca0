using System.Runtime.CompilerServices;
using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Presentation;

/// <summary>One generated token of a lane as the strip shows it.</summary>
public sealed record StripToken(int T, string Text, bool OnManifold, bool Forced);

/// <summary>A token placed on a row and column of the strip, with its label.</summary>
public sealed record PlacedToken(StripToken Token, string Label, int Row, int Column);

/// <summary>
/// A lane's tokens so far, wrapped to a column: on-manifold tokens as they are, off-manifold ones
/// with a trailing ✗, forced ones (where the lane branched) with a leading ↳ — readable without colour.
/// </summary>
public static class TokenStrip
{
    // The layout asks at every frame; a vocabulary of 50,000 tokens is measured once.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, StrongBox<double>> MeanWidths = new();

    public static IReadOnlyList<StripToken> Tokens(SessionSnapshot snapshot, LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        return [.. lane.Steps.Select(s => new StripToken(s.T, snapshot.TokenText(s.Token), s.OnManifold, s.Forced || lane.IsBranchedAt(s.T)))];
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

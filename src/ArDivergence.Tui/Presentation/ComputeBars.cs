using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Presentation;

/// <summary>A lane's compute totals at its latest step, and its computed FLOPs as a multiple of the cheapest lane's.</summary>
public sealed record ComputeRow(
    string Lane, int T, double Computed, double Recomputed, double Reused, double Discarded, long PeakKvCacheBytes, double? RatioToCheapest);

/// <summary>Bars of computed (fresh █, recomputed ▓) and reused (░) FLOPs per lane, on one scale.</summary>
public static class ComputeBars
{
    public const char Fresh = '█';
    public const char Recomputed = '▓';
    public const char Reused = '░';

    /// <summary>The column names, the same at every width (<see cref="Glossary"/> explains each).</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        StepColumns.FlopsComputed.ShortName, StepColumns.FlopsRecomputed.ShortName, StepColumns.FlopsReused.ShortName,
        StepColumns.FlopsDiscarded.ShortName, Glossary.KvPeak, Glossary.RatioToCheapest,
    ];

    public static IReadOnlyList<ComputeRow> Rows(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var totals = snapshot.Lanes.Select(l => (l.Name, l.T, Totals: l.Last?.Totals)).ToArray();
        var cheapest = totals.Where(x => x.Totals is { Computed: > 0 }).Select(x => x.Totals!.Value.Computed).DefaultIfEmpty(0).Min();
        return
        [
            .. totals.Select(x => x.Totals is { } t
                ? new ComputeRow(x.Name, x.T, t.Computed, t.Recomputed, t.Reused, t.Discarded, t.PeakKvCacheBytes, cheapest > 0 ? t.Computed / cheapest : null)
                : new ComputeRow(x.Name, x.T, 0, 0, 0, 0, 0, null)),
        ];
    }

    /// <summary>The bar of a row in <paramref name="width"/> cells, all rows on the scale of the largest computed + reused.</summary>
    public static string Bar(ComputeRow row, IReadOnlyList<ComputeRow> all, int width)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(all);
        var scale = all.Select(r => r.Computed + r.Reused).DefaultIfEmpty(0).Max();
        if (scale <= 0 || width <= 0)
        {
            return "";
        }

        var total = Bars.Cells((row.Computed + row.Reused) / scale, width);
        var computed = row.Computed > 0 ? Math.Min(total, Bars.Cells(row.Computed / scale, width)) : 0;
        var recomputed = row.Recomputed > 0 ? Math.Min(computed, Bars.Cells(row.Recomputed / scale, width)) : 0;
        var reused = row.Reused > 0 ? Math.Max(1, total - computed) : 0;
        return new string(Fresh, computed - recomputed) + new string(Recomputed, recomputed) + new string(Reused, reused);
    }
}

using System.Globalization;
using System.Text;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// `ardiv sweep merge SHARD...`: checks that the shards are of one sweep (same columns, scenario and number
/// of points) and hold every point exactly once, then writes their rows in point order — the file one
/// unsharded run would have written.
/// </summary>
internal static class SweepMerge
{
    /// <summary>The merged file's text; <see cref="FormatException"/> says what is missing, doubled or inconsistent.</summary>
    public static string Merge(IReadOnlyList<ShardFile> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new FormatException("give the shard files to merge");
        }

        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            if (shard.Format != first.Format || !shard.Columns.SequenceEqual(first.Columns))
            {
                throw new FormatException($"{shard.Path} and {first.Path} have different columns or formats: not shards of one sweep");
            }
        }

        var rows = shards.SelectMany(s => s.Rows.Select(r => (Shard: s, Row: r))).ToArray();
        var points = rows.Select(r => r.Row.Points).Distinct().ToArray();
        var scenarios = rows.Select(r => r.Row.Scenario).Distinct().ToArray();
        if (points.Length > 1 || scenarios.Length > 1)
        {
            throw new FormatException($"the shards are of different sweeps (scenarios: {string.Join(", ", scenarios)}; points: {string.Join(", ", points)})");
        }

        var total = points.SingleOrDefault();
        var problems = new List<string>();
        var byPoint = rows.GroupBy(r => r.Row.Point).ToDictionary(g => g.Key, g => g.ToArray());
        var outside = byPoint.Keys.Where(p => p < 0 || p >= total).Order().ToArray();
        if (outside.Length > 0)
        {
            problems.Add($"points outside 0..{total - 1}: {Ranges(outside)}");
        }

        var missing = Missing(byPoint, total);
        if (missing.Count > 0)
        {
            problems.Add($"{missing.Count:N0} of {total:N0} points missing: {Ranges(missing)}");
        }

        var doubled = byPoint.Where(p => p.Value.Select(r => r.Shard).Distinct().Count() > 1 || p.Value.GroupBy(r => r.Row.Lane).Any(g => g.Count() > 1))
            .OrderBy(p => p.Key).ToArray();
        if (doubled.Length > 0)
        {
            problems.Add($"{doubled.Length:N0} points more than once: " + string.Join("; ", doubled.Take(10).Select(p =>
                $"{p.Key} (in {string.Join(", ", p.Value.Select(r => r.Shard).Distinct().Select(s => s.Path))})")) + (doubled.Length > 10 ? "; ..." : ""));
        }

        if (problems.Count > 0)
        {
            throw new FormatException(string.Join("; ", problems));
        }

        return Write(first, byPoint.OrderBy(p => p.Key).SelectMany(p => p.Value.Select(r => r.Row.Raw)));
    }

    /// <summary>"0-3, 7, 9-10": point numbers in order, runs shortened.</summary>
    public static string Ranges(IReadOnlyList<long> points)
    {
        var text = new StringBuilder();
        for (var i = 0; i < points.Count;)
        {
            var j = i;
            while (j + 1 < points.Count && points[j + 1] == points[j] + 1)
            {
                j++;
            }

            text.Append(text.Length > 0 ? ", " : "").Append(points[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
            {
                text.Append('-').Append(points[j].ToString(CultureInfo.InvariantCulture));
            }

            i = j + 1;
        }

        return text.ToString();
    }

    private static List<long> Missing(Dictionary<long, (ShardFile Shard, ShardRow Row)[]> byPoint, long total)
    {
        var missing = new List<long>();
        for (long p = 0; p < total; p++)
        {
            if (!byPoint.ContainsKey(p))
            {
                missing.Add(p);
            }
        }

        return missing;
    }

    private static string Write(ShardFile first, IEnumerable<string> rows)
    {
        var text = new StringBuilder();
        if (first.Format == SweepFormat.Csv)
        {
            text.Append(Output.Csv.Line([.. first.Columns.Select(Output.Csv.Field)])).Append('\n');
            foreach (var row in rows)
            {
                text.Append(row).Append('\n');
            }

            return text.ToString();
        }

        var all = rows.ToArray();
        return all.Length == 0 ? "[\n]\n" : "[\n" + string.Join(",\n", all) + "\n]\n";
    }
}

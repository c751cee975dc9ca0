using System.Globalization;
using ArDivergence.Tui.Sweeps;
using CsvHelper;
using CsvHelper.Configuration;

namespace ArDivergence.Tui.Plotting;

/// <summary>A sweep's CSV as columns of text (CsvHelper reads it): what `ardiv plot` draws from.</summary>
public sealed class SweepTable
{
    private readonly Dictionary<string, int> _index;

    private SweepTable(string path, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        Path = path;
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).GroupBy(p => p.c).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    public string Path { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The sweep's keys: the columns between <c>point</c> and <c>lane</c>.</summary>
    public IReadOnlyList<string> Keys =>
        Has(SweepColumns.Point) && Has(SweepColumns.Lane) ? [.. Columns.Skip(_index[SweepColumns.Point] + 1).Take(_index[SweepColumns.Lane] - _index[SweepColumns.Point] - 1)] : [];

    /// <summary>The scenario's name, when the table says it.</summary>
    public string? Scenario => Has(SweepColumns.Scenario) ? Rows.Select(r => Text(r, SweepColumns.Scenario)).FirstOrDefault(s => s.Length > 0) : null;

    public static SweepTable Read(string path)
    {
        try
        {
            using var reader = new CsvReader(new StreamReader(path), new CsvConfiguration(CultureInfo.InvariantCulture));
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
            {
                throw new FormatException($"{path}: empty; expected a CSV with a header line (the output of `ardiv sweep`)");
            }

            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, header.Length).Select(i => reader.TryGetField(i, out string? field) ? field ?? "" : "")]);
            }

            return new SweepTable(path, header, rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvHelperException or ArgumentException)
        {
            throw new FormatException($"{path}: cannot read it as CSV: {ex.Message.Split('\n')[0].Trim()}", ex);
        }
    }

    public bool Has(string column) => _index.ContainsKey(column);

    public string Text(string[] row, string column) => _index.TryGetValue(column, out var i) && i < row.Length ? row[i] : "";

    /// <summary>The number in a cell; null when it is empty or not a number.</summary>
    public double? Number(string[] row, string column) =>
        double.TryParse(Text(row, column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>Columns with a number in some row: what --x and --y may name.</summary>
    public IEnumerable<string> NumericColumns() =>
        Columns.Where(c => c != SweepColumns.Point && c != SweepColumns.Points && Rows.Any(r => Number(r, c) is not null));
}

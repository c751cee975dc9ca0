using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace ArDivergence.Tui.Sweeps;

/// <summary>A sweep output (CSV, or JSON when it starts with '['): its columns and its rows, each row's text kept as written.</summary>
internal sealed record ShardFile(string Path, SweepFormat Format, IReadOnlyList<string> Columns, IReadOnlyList<ShardRow> Rows)
{
    /// <summary>Reads a sweep file; <see cref="FormatException"/> names the file and what is wrong with it.</summary>
    public static ShardFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FormatException($"{path}: cannot read the file: {ex.Message}", ex);
        }

        try
        {
            return text.TrimStart().StartsWith('[') ? FromJson(path, text) : FromCsv(path, text);
        }
        catch (Exception ex) when (ex is JsonException or CsvHelperException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"{path}: not a sweep output ({ex.Message.Split('\n')[0].Trim()})", ex);
        }
    }

    private static ShardFile FromCsv(string path, string text)
    {
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
        {
            throw new FormatException($"{path}: empty; a sweep's CSV starts with its header line");
        }

        Require(path, header);
        var rows = new List<ShardRow>();
        while (reader.Read())
        {
            rows.Add(new ShardRow(
                Whole(path, reader.Parser.Row, SweepColumns.Point, reader.GetField(SweepColumns.Point)),
                Whole(path, reader.Parser.Row, SweepColumns.Points, reader.GetField(SweepColumns.Points)),
                reader.GetField(SweepColumns.Scenario) ?? "",
                reader.GetField(SweepColumns.Lane) ?? "",
                reader.Parser.RawRecord.TrimEnd('\r', '\n')));
        }

        return new ShardFile(path, SweepFormat.Csv, header, rows);
    }

    private static ShardFile FromJson(string path, string text)
    {
        using var document = JsonDocument.Parse(text);
        var rows = new List<ShardRow>();
        IReadOnlyList<string>? columns = null;
        var index = 0;
        foreach (var row in document.RootElement.EnumerateArray())
        {
            index++;
            var names = row.EnumerateObject().Select(p => p.Name).ToArray();
            columns ??= names;
            Require(path, names);
            rows.Add(new ShardRow(
                row.GetProperty(SweepColumns.Point).GetInt64(),
                row.GetProperty(SweepColumns.Points).GetInt64(),
                row.GetProperty(SweepColumns.Scenario).GetString() ?? "",
                row.GetProperty(SweepColumns.Lane).GetString() ?? "",
                row.GetRawText()));
        }

        return new ShardFile(path, SweepFormat.Json, columns ?? [], rows);
    }

    private static void Require(string path, IReadOnlyList<string> columns)
    {
        var missing = new[] { SweepColumns.Point, SweepColumns.Lane, SweepColumns.Points, SweepColumns.Scenario }.Where(c => !columns.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new FormatException($"{path}: not a sweep output: no {string.Join(", ", missing)} column");
        }
    }

    private static long Whole(string path, int line, string column, string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}:{line}: {column} is '{text}', not a whole number");
}

using System.Text;

namespace ArDivergence.Tui.Output;

/// <summary>Aligned columns for the terminal; the first two columns left-aligned, the rest right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Widths fitted to the rows added so far.</summary>
    public string Render()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        text.Append(Line(headers, widths));
        foreach (var row in _rows)
        {
            text.Append(Line(row, widths));
        }

        return text.ToString();
    }

    /// <summary>One line with the given column widths (cells longer than their column push the rest right).</summary>
    public static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        var text = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            text.Append(i < 2 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
            text.Append(i + 1 < cells.Count ? "  " : "");
        }

        return text.Append('\n').ToString();
    }
}

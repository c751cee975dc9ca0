using System.Text;

namespace ArDivergence.Tui.Output;

/// <summary>Aligned columns for the terminal; numbers right-aligned, text left-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public string Render()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Append(text, headers, widths);
        foreach (var row in _rows)
        {
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var leftAligned = i < 2;
            var cell = leftAligned ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]);
            text.Append(cell);
            text.Append(i + 1 < cells.Length ? "  " : "");
        }

        text.Append('\n');
    }
}

using System.Text.RegularExpressions;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Tests.Views;
using ArDivergence.Tui.Views;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>The step table colours a cell by its column's colour rule (<see cref="Presentation.Columns.StepColumn.Tone"/>).</summary>
public partial class StepTableColourTests
{
    [Fact]
    public void An_off_manifold_step_has_its_token_and_its_mark_in_the_invalid_colour()
    {
        using var tui = new TuiHarness(width: 100, height: 30);
        tui.Press(Key.C);
        var t = tui.Snapshot.Hit!.T;
        tui.Press(Key.N); // the cursor moves on: the hit row keeps its own colours

        var (row, line) = Row(tui, t);
        var match = TokenCell().Match(line);
        Assert.True(match.Success, line);
        var theme = Theme.For(noColor: false);
        Assert.Equal(theme[Role.Invalid], Attribute(tui, row, match.Groups[1].Index));
        Assert.Equal(theme[Role.Invalid], Attribute(tui, row, line.IndexOf('✗', StringComparison.Ordinal)));
        Assert.Equal(theme[Role.Normal], Attribute(tui, row, line.IndexOf('.', match.Groups[1].Index + match.Groups[1].Length) - 1));
    }

    private static (int Row, string Line) Row(TuiHarness tui, int t)
    {
        var lines = tui.Lines;
        var title = Array.FindIndex(lines, l => l.Contains("─ Steps · ", StringComparison.Ordinal));
        var row = Array.FindIndex(lines, title + 1, l => Regex.IsMatch(l, $@"^. \s*{t}\s"));
        Assert.True(row > title, tui.Text);
        return (row, lines[row]);
    }

    private static Terminal.Gui.Drawing.Attribute? Attribute(TuiHarness tui, int row, int column) =>
        tui.App.Driver!.Contents![row, column].Attribute;

    /// <summary>The token: the word after t.</summary>
    [GeneratedRegex(@"^.\s*\d+\s+(\S+)")]
    private static partial Regex TokenCell();
}

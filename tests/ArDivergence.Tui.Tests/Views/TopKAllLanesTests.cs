using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>Issue 10 item 15: the top-k pane shows every lane side by side when there is room; a toggles the focused lane only.</summary>
public class TopKAllLanesTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Top_k_shows_every_lane_side_by_side_and_a_toggles_the_focused_lane(int width, int height)
    {
        using var tui = new TuiHarness("ngram-language", width, height);
        tui.Press(Key.N, Key.N, Key.N);
        if (width < 110)
        {
            tui.Press(Key.V);
        }

        var expected = Expected.After("ngram-language", new StepCommand(), new StepCommand(), new StepCommand());
        Assert.Contains("Top-5 · all lanes · t = 3", tui.Text, StringComparison.Ordinal);
        var pane = PaneRows(tui);
        foreach (var lane in expected.Lanes)
        {
            Assert.Contains(pane, l => l.Contains(lane.Name, StringComparison.Ordinal));
            var step = lane.Steps[2];
            foreach (var top in step.Top)
            {
                var line = $"{expected.TokenText(top.Token)} {(top.Valid ? "✓" : "✗")}";
                Assert.Contains(pane, l => l.Contains(line, StringComparison.Ordinal) && l.Contains(Units.Probability(top.Probability), StringComparison.Ordinal));
            }
        }

        tui.Press(new Key('a'));
        Assert.Contains("Top-5 · bigram · t = 3", tui.Text, StringComparison.Ordinal);
        Assert.Contains("top-k shows the focused lane", tui.Text, StringComparison.Ordinal);
        tui.Press(new Key('a'));
        Assert.Contains("Top-5 · all lanes · t = 3", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_go_side_by_side_only_when_each_gets_token_mark_and_probability()
    {
        Assert.Equal(12, TopKGrid.ColumnWidth(38, 3, 1, 6));
        Assert.Null(TopKGrid.ColumnWidth(38, 3, 6, 6));
        Assert.Null(TopKGrid.ColumnWidth(38, 4, 1, 6));
        Assert.Null(TopKGrid.ColumnWidth(200, 1, 1, 6));
        Assert.Equal(0, TopKGrid.BarWidth(12, 1, 6));
        Assert.Equal(13, TopKGrid.BarWidth(26, 1, 6));
        Assert.Equal(0, TopKGrid.BarWidth(14, 1, 6));
    }

    /// <summary>The rows of the top-k pane under its title, its own columns only.</summary>
    private static string[] PaneRows(TuiHarness tui)
    {
        var lines = tui.Lines;
        var title = Array.FindIndex(lines, l => l.Contains("─ Top-5 · ", StringComparison.Ordinal));
        var left = lines[title].IndexOf("─ Top-5 · ", StringComparison.Ordinal);
        return [.. lines.Skip(title + 1).Take(8).Select(l => l[left..])];
    }
}

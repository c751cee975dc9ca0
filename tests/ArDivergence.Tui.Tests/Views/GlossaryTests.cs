using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Tests.Verbs;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>The glossary is the one place the screen's names are explained: help and README read it, and it covers every name.</summary>
public class GlossaryTests
{
    /// <summary>Every column name and label a pane can show (the mark-only ones included).</summary>
    public static IEnumerable<string> ScreenLabels() =>
    [
        .. StepTable.Columns.Select(c => c.ShortName),
        .. ComputeBars.Headers,
        Glossary.LaneOffManifold,
        "tok_err", "p", StepTable.ForcedMark, StepTable.InvalidMark, StepTable.Pending, "(mc)", "✗@t",
    ];

    [Fact]
    public void Every_label_the_screen_can_show_has_one_glossary_line()
    {
        foreach (var label in ScreenLabels())
        {
            Assert.True(Covers(label), $"no glossary line for {label}");
        }

        Assert.Equal(Glossary.Entries.Count, Glossary.Entries.Select(e => e.Term).Distinct().Count());
        Assert.All(Glossary.Entries, e => Assert.DoesNotContain('\n', e.Meaning));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void The_header_rows_on_screen_are_all_in_the_glossary(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        tui.Press(Key.N, Key.N);
        var words = new List<string>();
        for (var page = 0; page < 4; page++)
        {
            var title = Array.FindIndex(tui.Lines, l => l.Contains("─ Steps · ", StringComparison.Ordinal));
            if (title >= 0)
            {
                // At 120×40 the top-k pane shares the row: the step table ends where its title row's does.
                var end = tui.Lines[title].IndexOf("─ Top-", StringComparison.Ordinal);
                var steps = tui.Lines[title + 1];
                // The scroll marks ‹ › sit in the border cells and may touch a header (they are keys, not labels).
                words.AddRange(TuiHarness.Words(end < 0 ? steps : steps[..end]).Select(w => w.Trim('‹', '›')).Where(w => w.Length > 0));
            }

            var compute = tui.Lines.SkipWhile(l => !l.Contains("Compute · totals", StringComparison.Ordinal)).Skip(1).FirstOrDefault();
            if (compute is not null)
            {
                words.AddRange(TuiHarness.Words(compute[compute.IndexOf(" comp ", StringComparison.Ordinal)..]));
            }

            tui.Press(Key.V);
        }

        Assert.Contains("kv_peak", words);
        Assert.All(words, w => Assert.True(Covers(w), $"'{w}' on screen at {width}×{height} has no glossary line"));
    }

    [Fact]
    public void The_help_screen_shows_every_glossary_line()
    {
        using var tui = new TuiHarness(width: 200, height: 120);
        tui.Press(Key.F1);
        foreach (var entry in Glossary.Entries)
        {
            Assert.Contains(TuiHarness.Collapse($"{entry.Term} {entry.Meaning}"), tui.OverlayText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_README_lists_every_glossary_line_in_What_it_shows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var start = readme.IndexOf("## What it shows", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        foreach (var entry in Glossary.Entries)
        {
            Assert.Contains($"| `{entry.Term}` | {entry.Meaning} |", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cut_text_ends_in_an_ellipsis_and_fill_is_clipped()
    {
        Assert.Equal("abc…", TextCells.Clip("abcdef", 4));
        Assert.Equal("abcdef", TextCells.Clip("abcdef", 6));
        Assert.Equal("ab", TextCells.Clip("ab    ", 2));
        Assert.Equal("──", TextCells.Clip("────", 2));
        Assert.Equal("██", TextCells.Clip("███▌", 2));
        Assert.Equal("t…", TextCells.Clip("t=12──", 2));
    }

    [Fact]
    public void A_prompt_that_needs_too_many_rows_keeps_its_end_and_marks_the_cut()
    {
        string[] tokens = ["1", ",", "2", "|", "3", ",", "4", "|", "5", ",", "6", "/", "1", ",", "6", "="];
        Assert.Equal(["1 , 2 | 3 , 4 | 5 , 6 / 1 , 6 ="], PromptText.Lines(tokens, 40, 1));
        Assert.Equal(["1 , 2 | 3 , 4 |", "5 , 6 / 1 , 6 ="], PromptText.Lines(tokens, 15, 2));
        var cut = PromptText.Lines(tokens, 11, 2);
        Assert.Equal(2, cut.Count);
        Assert.StartsWith(TextCells.Ellipsis, cut[0], StringComparison.Ordinal);
        Assert.EndsWith("/ 1 , 6 =", cut[1], StringComparison.Ordinal);
        Assert.All(cut, l => Assert.True(TextCells.Width(l) <= 11, l));
    }

    /// <summary>A label is covered by an entry named after it, or by an entry listing it among space-separated marks ("✓ ✗").</summary>
    private static bool Covers(string label) =>
        Glossary.Meaning(label) is not null
        || Glossary.Entries.Any(e => e.Term.Split(' ').Contains(label))
        || (label == "(mc)" && Glossary.Entries.Any(e => e.Term.EndsWith("(mc)", StringComparison.Ordinal)))
        || (label == StepTable.InvalidMark + "@t" && Glossary.Meaning("✗@t") is not null);
}

using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Tests.Views;
using Terminal.Gui.Input;
using TempFolder = ArDivergence.Tui.Tests.Recording.TempFolder;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// The debugger works from a lane's edits and capabilities: <see cref="ReversedPairsKind"/> writes two positions a
/// step out of order (L = 6: 2 | 4, 1 | 6, 3 | 5) and cannot branch.
/// </summary>
public sealed class ReversedPairsLaneTests
{
    private const string Scenario = """
        name: reversed-pairs
        seed: 7
        length: 6
        extra_tokens: [x]
        manifold: {kind: automaton, start: s, states: {s: [{token: a, to: s}, {token: b, to: s}]}}
        generators:
          - {name: pairs, kind: reversed_pairs, token: a, off: x, off_at: 3}
          - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}

        """;

    private static readonly ScenarioFormat Format = ScenarioFormat.BuiltIn.With(new ReversedPairsKind());

    [Fact]
    public void The_strip_shows_each_token_at_its_position_with_a_gap_mark_where_none_is_written_yet()
    {
        using var folder = new TempFolder();
        using var tui = Open(folder);

        tui.Press(Key.N);
        Assert.Equal("▢ a", Strip(tui));

        tui.Press(Key.N);
        Assert.Equal("a a ▢ a", Strip(tui));

        // Step 3 leaves the manifold writing x at 6 and a at 3: both of its tokens carry the invalid mark, nothing else.
        tui.Press(Key.N);
        Assert.Equal("a a a✗ a ▢ x✗", Strip(tui));

        tui.Press(Key.N);
        Assert.Equal("a a a✗ a a✗ x✗", Strip(tui));
        Assert.True(tui.Snapshot.Lane("pairs").Finished);
    }

    [Fact]
    public void Force_on_a_lane_that_cannot_branch_says_why_instead_of_asking_for_a_token()
    {
        using var folder = new TempFolder();
        using var tui = Open(folder);
        tui.Press(Key.N);

        foreach (var key in new[] { Key.F, Key.Enter })
        {
            tui.Press(key);

            Assert.Null(tui.Controller.Overlay);
            Assert.Equal(InvalidCommandException.CannotBranch("pairs"), tui.Controller.Message?.Text);
            Assert.Contains("lane pairs cannot branch, so no token can be forced in it", tui.Text, StringComparison.Ordinal);
        }
    }

    private static TuiHarness Open(TempFolder folder)
    {
        var path = folder.File("reversed-pairs.yaml");
        File.WriteAllText(path, Scenario);
        return new TuiHarness(path, width: 120, height: 30, format: Format);
    }

    /// <summary>The first lane's strip: its header's row below the title, without the frame.</summary>
    private static string Strip(TuiHarness tui) => TuiHarness.Collapse(tui.Lines[3].Split('│')[0]).Trim();
}

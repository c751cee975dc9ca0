using System.Globalization;
using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Tests.Models;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Real token text on the debugger's screen at 80×24 and 120×40: a text lane's own tokens with their spaces made
/// visible (strip, top-k), the prompt of a text scenario, a real model's decode time in its lane header, and an
/// mpc lane's plan (kept tokens, then what was rolled back) under its strip.
/// </summary>
public sealed partial class TokenTextScreenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 120, 40 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_text_lanes_tokens_show_their_leading_space_as_a_visible_mark(int width, int height)
    {
        using var tui = new TuiHarness("capital-traces", width, height, TuiHarness.Defaults());

        tui.Press(Key.N);

        var lane = tui.Controller.Focused;
        var own = tui.Snapshot.Scenario.Generator(lane.Name).Context.TextTokens!;
        var raw = own.Text(lane.Steps[0].Token);
        Assert.StartsWith(" ", raw, StringComparison.Ordinal); // the recordings answer " Paris"
        var expected = "␣" + raw[1..];
        var lanesArea = string.Join('\n', tui.Lines.Skip(1).Take(12));
        Assert.Contains(expected, lanesArea, StringComparison.Ordinal);
        Assert.DoesNotContain(TextTokenMissing, tui.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_prompt_of_a_text_scenario_is_shown_with_its_newline_escaped(int width, int height)
    {
        using var tui = new TuiHarness("capital-traces", width, height, TuiHarness.Defaults());

        // The YAML's prompt is "Q: What is the capital of France?\nA:": one row, its newline as \n.
        var prompt = Assert.Single(tui.Lines, l => l.StartsWith(ScreenFramePromptLabel, StringComparison.Ordinal));
        Assert.Contains(@"France?\nA:", prompt, StringComparison.Ordinal);
        Assert.Contains("Q: What is the capital", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_k_pane_of_a_text_lane_shows_its_own_tokens_escaped()
    {
        using var tui = new TuiHarness("capital-traces", 120, 40, TuiHarness.Defaults());

        tui.Press(Key.N, Key.A);

        var lane = tui.Controller.Focused;
        var own = tui.Snapshot.Scenario.Generator(lane.Name).Context.TextTokens!;
        foreach (var top in lane.Steps[0].Top)
        {
            var raw = own.Text(top.Token);
            Assert.Contains(raw.Replace(" ", "␣", StringComparison.Ordinal), tui.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_real_models_lane_header_shows_the_decode_time_of_its_latest_step(int width, int height)
    {
        using var scenario = new TwoLaneScenario();
        using var tui = new TuiHarness(scenario.File, width, height, TuiHarness.Defaults());

        tui.Press(Key.N);

        Assert.NotNull(tui.Snapshot.Lane("real").Steps[0].DecodeMilliseconds);
        var header = tui.Lines.First(l => l.StartsWith(" t 1/", StringComparison.Ordinal)); // each lane's second row
        var halves = (header[..(width / 2)], header[(width / 2)..]);
        Assert.DoesNotMatch(DecodeLabel(), halves.Item1); // the twin is simulated
        Assert.Matches(DecodeLabel(), halves.Item2);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_top_k_pane_shows_the_decode_time_of_a_real_lanes_cursor_step(int width, int height)
    {
        using var scenario = new PlantedScenario(length: 8);
        using var tui = new TuiHarness(scenario.File, width, height, TuiHarness.Defaults());

        tui.Press(Key.N, Key.Tab); // focus the real lane
        for (var page = 0; page < 4 && !tui.Text.Contains("Top-", StringComparison.Ordinal); page++)
        {
            tui.Press(Key.V); // a small screen pages the panes
        }

        Assert.Equal("real", tui.Controller.Focused.Name);
        var (grid, shown) = DecodesInTopK(tui);

        // The focused lane's top-k (one real lane), or every lane side by side (two real lanes: real and mpc).
        Assert.Equal(grid ? 2 : 1, shown);

        tui.Press(Key.Tab, Key.Tab); // the simulated twin
        Assert.Equal("invalid", tui.Controller.Focused.Name);
        (grid, shown) = DecodesInTopK(tui);
        Assert.Equal(grid ? 2 : 0, shown);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_real_mpc_lane_with_several_rollouts_says_which_one_it_kept_of_how_many(int width, int height)
    {
        using var planted = new PlantedScenario(length: 6);
        var text = File.ReadAllText(planted.File).Replace("prefix_cache: true", "prefix_cache: true\n    rollouts: 3\n    select: likelihood", StringComparison.Ordinal);
        File.WriteAllText(planted.File, text);
        using var tui = new TuiHarness(planted.File, width, height, TuiHarness.Defaults());

        tui.Press(Key.N);

        var plan = tui.Snapshot.Lane("mpc").Steps[0].Plan!;
        Assert.Equal(3, plan.Rollouts);
        Assert.InRange(plan.Chosen, 0, 2);
        Assert.Contains($"plan 1–4 rollout {plan.Chosen + 1}/3:", tui.Text, StringComparison.Ordinal);
    }

    /// <summary>Whether the top-k pane shows all lanes, and how many decode times are under its title.</summary>
    private static (bool Grid, int Decodes) DecodesInTopK(TuiHarness tui)
    {
        var title = Array.FindIndex(tui.Lines, l => l.Contains("Top-", StringComparison.Ordinal));
        Assert.True(title >= 0, tui.Text);
        var below = string.Join('\n', tui.Lines.Skip(title + 1));
        return (tui.Lines[title].Contains("all lanes", StringComparison.Ordinal), DecodeLabel().Count(below));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_synthetic_mpc_lane_shows_its_plan_kept_token_and_the_positions_it_never_drew(int width, int height)
    {
        using var tui = new TuiHarness("is-ar-doomed", width, height, TuiHarness.Defaults());

        tui.Press(Key.N, Key.N);

        // is-ar-doomed's mpc lane commits 1 with no horizon: the plan at step 2 covers 2..L, one token drawn.
        var length = tui.Snapshot.Length;
        var mpc = tui.Snapshot.Lane("mpc");
        var token = tui.Snapshot.TokenText(mpc.Steps[1].Token);
        var line = Assert.Single(tui.Lines, l => l.Contains($"plan 2–{length}:", StringComparison.Ordinal));
        var plan = line[line.IndexOf("plan 2", StringComparison.Ordinal)..];
        Assert.StartsWith($"plan 2–{length}: {token} ", plan, StringComparison.Ordinal);
        if (width >= 120)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"↺ {length - 2} pos not drawn"), plan, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_real_mpc_lane_shows_its_kept_token_and_the_drawn_tokens_it_rolled_back(int width, int height)
    {
        using var scenario = new PlantedScenario(length: 12);
        using var tui = new TuiHarness(scenario.File, width, height, TuiHarness.Defaults());

        tui.Press(Key.N, Key.N, Key.N);

        // horizon 4, commit 1: step 3's plan covers 3..6, keeps one token (the one step 3 emitted) and rolls back three.
        var step = tui.Snapshot.Lane("mpc").Steps[2];
        var line = Assert.Single(tui.Lines, l => l.Contains("plan 3–6:", StringComparison.Ordinal));
        var plan = line[line.IndexOf("plan 3–6:", StringComparison.Ordinal)..].TrimEnd();
        var parts = plan["plan 3–6:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(tui.Snapshot.TokenText("mpc", step.Token), parts[0]);
        Assert.Equal("↺", parts[1]);
        if (width >= 120)
        {
            Assert.Equal(3, parts.Length - 2);
            Assert.All(parts[2..], p => Assert.Contains(p, tui.Snapshot.Scenario.Vocabulary.Tokens));
        }
    }

    private const string TextTokenMissing = SessionSnapshot.OutsideVocabularyText;

    private const string ScreenFramePromptLabel = " prompt ";

    [GeneratedRegex(@"dec \d+(\.\d\d)?ms")]
    private static partial Regex DecodeLabel();

    /// <summary>The planted model beside its twin, two lanes (so each lane header has half the screen).</summary>
    private sealed class TwoLaneScenario : IDisposable
    {
        private readonly PlantedScenario _planted = new(length: 8);

        public TwoLaneScenario()
        {
            var text = System.IO.File.ReadAllText(_planted.File);
            var mpcAt = text.IndexOf("  - name: mpc", StringComparison.Ordinal);
            File = _planted.InFolder("two-lanes.yaml");
            System.IO.File.WriteAllText(File, text[..mpcAt]);
        }

        public string File { get; }

        public void Dispose() => _planted.Dispose();
    }
}

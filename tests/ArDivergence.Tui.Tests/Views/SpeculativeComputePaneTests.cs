using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// The compute pane of a speculative lane (issue 14 item 2): its work split into the draft's and the target's
/// parts, the rejected drafts as each part's discarded work, and its mean acceptance and tokens per target pass.
/// In the shipped speculative scenario every draft is accepted with α = Σ min(p, q) = 4 × 0.225 + 2 × 0.005 = 0.91
/// while the lane is on the manifold, so one round of γ = 4 drafts yields (1 − 0.91⁵)/(1 − 0.91) = 4.1774 tokens.
/// </summary>
public sealed class SpeculativeComputePaneTests
{
    private const double Relative = 1e-12;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void The_draft_and_target_parts_add_up_to_the_lane_and_a_round_discards_work_exactly_when_it_rejects_a_draft(long seed)
    {
        var snapshot = new DebuggerSession(ScenarioSource.Load("speculative").Spec!, new SessionOptions { Seed = seed }).Execute(new ContinueCommand());
        var lane = snapshot.Lane("spec");
        var work = SpeculationWork.Of(snapshot, lane)!;
        var totals = lane.Last!.Totals;
        Close(totals.Computed, work.Draft.Computed + work.Target.Computed);
        Close(totals.Recomputed, work.Draft.Recomputed + work.Target.Recomputed);
        Close(totals.Reused, work.Draft.Reused + work.Target.Reused);
        Close(totals.Discarded, work.Draft.Discarded + work.Target.Discarded);

        // A round of γ_r drafts yields γ_r + 1 tokens when all are accepted, and then nothing is discarded.
        var rounds = lane.Steps.Where(s => s.Extras!.RoundStart).Select(s => s.Extras!).ToArray();
        foreach (var round in rounds)
        {
            var tokens = lane.Steps.Count(s => s.Extras!.Round == round.Round);
            var rejected = tokens < round.Drafted + 1;
            Assert.Equal(rejected, round.TargetWork!.Value.Discarded > 0);
            Assert.Equal(round.DraftFlops, round.DraftWork!.Value.Computed);
            Assert.Equal(round.TargetFlops, round.TargetWork!.Value.Computed);
        }

        Assert.Equal((double)lane.T / rounds.Length, work.Summary.TokensPerPass, 12);
        var onManifold = lane.Steps.Where(s => s.OnManifold).Select(s => s.Extras!.Acceptance!.Value).ToArray();
        Assert.All(onManifold, a => Assert.Equal(0.91, a, 12));
        Assert.Null(SpeculationWork.Of(snapshot, snapshot.Lane("target")));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void The_compute_pane_shows_the_draft_and_target_parts_and_the_speculation_figures(int width, int height)
    {
        using var tui = new TuiHarness("speculative", width, height);
        tui.Press(Key.C);
        while (!tui.Text.Contains("Compute · totals", StringComparison.Ordinal))
        {
            tui.Press(Key.V);
        }

        var snapshot = tui.Snapshot;
        var work = SpeculationWork.Of(snapshot, snapshot.Lane("spec"))!;
        Assert.Equal(4.1774, work.Summary.ExpectedTokensPerPass, 4);
        var pane = PaneLines(tui);
        foreach (var (label, part) in new[] { ("├ draft", work.Draft), ("└ target", work.Target) })
        {
            // The label with its bar, and the numbers on the same line or the next (a narrow pane).
            var at = Array.FindIndex(pane, l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
            Assert.True(at >= 0, tui.Text);
            var numbers = string.Join(' ', pane.Skip(at).Take(2));
            Assert.Contains($"{Units.Flops(part.Computed)} ", numbers, StringComparison.Ordinal);
            Assert.Contains($"{Units.Flops(part.Discarded)} ", numbers, StringComparison.Ordinal);
        }

        Assert.True(work.Draft.Discarded + work.Target.Discarded > 0, "seed 0 rejects some draft");
        Assert.Contains(pane, l => l.Contains($"ᾱ {Units.Probability(work.Summary.MeanAcceptance)} · {work.Summary.TokensPerPass:0.00}", StringComparison.Ordinal));
        Assert.Contains(pane, l => l.Contains("4.18", StringComparison.Ordinal));
        Assert.Contains(pane, l => l.Contains("reused", StringComparison.Ordinal));
    }

    /// <summary>The compute pane's lines (from its title to the message line), from its first column (the right half at 120×40).</summary>
    private static string[] PaneLines(TuiHarness tui)
    {
        var lines = tui.Lines;
        var title = Array.FindIndex(lines, l => l.Contains("Compute · totals", StringComparison.Ordinal));
        var left = lines[title].IndexOf("─ Compute", StringComparison.Ordinal);
        return [.. lines.Take(lines.Length - 2).Skip(title).Select(l => l.Length > left ? l[left..] : "")];
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Max(1, Math.Abs(expected)), $"{expected} vs {actual}");
}

using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Tests.Models;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Tokens of lanes with their own tokenizer (trace lanes on a text manifold, whose scenario vocabulary is empty):
/// their text comes from the lane, token breakpoints name the lane's own tokens, and an mpc lane's plan is what it
/// committed and rolled back, the same in a replay.
/// </summary>
public sealed class LaneTokenTextTests
{
    [Fact]
    public void A_token_breakpoint_on_a_text_scenario_names_a_lanes_own_token_and_fires_where_that_lane_writes_it()
    {
        var session = new DebuggerSession(ScenarioSource.Load("capital-traces").Spec!);
        Assert.Empty(session.Snapshot.Scenario.Vocabulary.Tokens);
        var first = session.Execute(new StepCommand());
        var hosted = first.Lane("hosted");
        var answer = first.TokenText("hosted", hosted.Steps[0].Token);
        Assert.StartsWith(" ", answer, StringComparison.Ordinal); // " Lyon" or " Paris": the recording's own token
        session.Execute(new StepBackCommand());

        session.Execute(new AddBreakpointCommand(BreakpointKind.Token, Token: answer, Lane: "hosted"));
        var hit = session.Execute(new ContinueCommand());

        Assert.NotNull(hit.Hit);
        Assert.Equal("hosted", hit.Hit!.Lane);
        Assert.Equal(1, hit.Hit.T);
        Assert.Throws<InvalidCommandException>(() => session.Execute(new AddBreakpointCommand(BreakpointKind.Token, Token: "no such token")));
    }

    [Fact]
    public void What_the_screen_shows_of_a_text_lanes_token_is_typed_back_to_that_token()
    {
        var snapshot = new DebuggerSession(ScenarioSource.Load("capital-traces").Spec!).Execute(new StepCommand());
        var hosted = snapshot.Lane("hosted");
        var shown = TokenDisplay.Of(snapshot, "hosted", hosted.Steps[0].Token);

        Assert.Equal("␣" + snapshot.TokenText("hosted", hosted.Steps[0].Token)[1..], shown);
        Assert.True(snapshot.IsToken(TokenDisplay.Unescape(shown), "hosted"));
        Assert.False(snapshot.IsToken(shown, "hosted"));
    }

    [Fact]
    public void A_synthetic_mpc_steps_plan_keeps_the_token_it_commits_and_a_replay_shows_the_same_plans()
    {
        var spec = ScenarioSource.Load("is-ar-doomed").Spec!;
        var snapshot = RunToEnd(new DebuggerSession(spec));
        var again = RunToEnd(new DebuggerSession(spec));
        var steps = snapshot.Lane("mpc").Steps;

        Assert.All(steps, step =>
        {
            var plan = step.Plan!;
            Assert.Equal(step.T, plan.FirstStep); // commit 1: a new plan every step
            Assert.Equal(snapshot.Length - step.T + 1, plan.Positions);
            Assert.Equal([step.Token], plan.Tokens);
            Assert.Empty(plan.RolledBack);
        });
        Assert.Equal(steps.Select(s => (s.Plan!.FirstStep, s.Plan.Positions, s.Plan.Tokens.ToArray())), again.Lane("mpc").Steps.Select(s => (s.Plan!.FirstStep, s.Plan.Positions, s.Plan.Tokens.ToArray())));
        Assert.All(snapshot.Lane("ar").Steps, step => Assert.Null(step.Plan));
    }

    [Fact]
    public void A_real_mpc_steps_plan_is_the_rollout_it_commits_from_and_its_rolled_back_tokens()
    {
        using var scenario = new PlantedScenario(length: 10);
        var session = scenario.Session();
        var snapshot = PlantedScenario.RunToEnd(session);

        foreach (var step in snapshot.Lane("mpc").Steps)
        {
            var plan = step.Plan!;
            Assert.Equal(step.T, plan.FirstStep);
            Assert.Equal(Math.Min(4, snapshot.Length - step.T + 1), plan.Positions);
            Assert.Equal(plan.Positions, plan.Tokens.Count); // a real rollout draws every planned position
            Assert.Equal(step.Token, plan.Tokens[0]);
            Assert.Equal(plan.Positions - 1, plan.RolledBack.Count());
            Assert.Equal(1, plan.Rollouts);
        }
    }

    private static SessionSnapshot RunToEnd(DebuggerSession session)
    {
        var snapshot = session.Snapshot;
        while (!snapshot.Finished)
        {
            snapshot = session.Execute(new StepCommand());
        }

        return snapshot;
    }
}

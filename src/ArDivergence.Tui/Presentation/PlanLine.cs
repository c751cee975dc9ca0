using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>What a part of the plan line is: drawn in its own colour, and readable without colour by its place.</summary>
public enum PlanPart
{
    Label,
    Kept,

    /// <summary>The kept token the step shown committed.</summary>
    Current,
    RolledBack,
}

/// <summary>One part of the plan line.</summary>
public sealed record PlanSegment(string Text, PlanPart Part);

/// <summary>
/// An mpc lane's plan under its strip: "plan 5–8 rollout 2/4: a ↺ b c" — the plan made at step 5 for positions
/// 5..8, the rollout kept of those drawn, its kept (committed) tokens, then after ↺ what was rolled back: the drawn
/// tokens past the commit (a real model), or how many positions were planned past it and never drawn (a synthetic one).
/// </summary>
public static class PlanLine
{
    public const string Label = "plan";

    public const string RollbackMark = "↺";

    /// <summary>The plan of <paramref name="step"/>; empty for a step of a lane that does not plan.</summary>
    public static IReadOnlyList<PlanSegment> Of(SessionSnapshot snapshot, string lane, StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(step);
        if (step.Plan is not { } plan)
        {
            return [];
        }

        var last = plan.FirstStep + plan.Positions - 1;
        var head = string.Create(CultureInfo.InvariantCulture, $"{Label} {plan.FirstStep}–{last}");
        if (plan.Rollouts > 1)
        {
            head += string.Create(CultureInfo.InvariantCulture, $" rollout {plan.Chosen + 1}/{plan.Rollouts}");
        }

        var segments = new List<PlanSegment> { new(head + ":", PlanPart.Label) };
        for (var i = 0; i < plan.Commit && i < plan.Tokens.Count; i++)
        {
            var part = plan.FirstStep + i == step.T && !step.Forced ? PlanPart.Current : PlanPart.Kept;
            segments.Add(new PlanSegment(TokenDisplay.Of(snapshot, lane, plan.Tokens[i]), part));
        }

        if (plan.DiscardedPositions > 0)
        {
            var rolledBack = plan.RolledBack.ToList();
            segments.Add(new PlanSegment(RollbackMark, PlanPart.RolledBack));
            segments.AddRange(rolledBack.Count > 0
                ? rolledBack.Select(token => new PlanSegment(TokenDisplay.Of(snapshot, lane, token), PlanPart.RolledBack))
                : [new PlanSegment(string.Create(CultureInfo.InvariantCulture, $"{plan.DiscardedPositions} pos not drawn"), PlanPart.RolledBack)]);
        }

        return segments;
    }

    /// <summary>The segments one space apart, as one string (what the line shows with room enough).</summary>
    public static string Text(IEnumerable<PlanSegment> segments) => string.Join(' ', segments.Select(s => s.Text));
}

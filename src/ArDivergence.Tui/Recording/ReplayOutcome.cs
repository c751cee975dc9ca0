namespace ArDivergence.Tui.Recording;

/// <summary>How a replay ended: agreement, the first divergence, or a log that cannot be replayed.</summary>
public sealed record ReplayOutcome(ReplayVerdict Verdict, string Message, int Commands, int Steps);

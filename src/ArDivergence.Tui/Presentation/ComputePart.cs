namespace ArDivergence.Tui.Presentation;

/// <summary>One model's share of a lane's work to its t (a speculative lane's draft or target), in FLOPs.</summary>
public sealed record ComputePart(string Label, double Computed, double Recomputed, double Reused, double Discarded);

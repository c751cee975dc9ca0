namespace ArDivergence.Core.Specs;

/// <summary>Per-position error ε_t for t = 1..L.</summary>
public abstract record ErrorScheduleSpec;

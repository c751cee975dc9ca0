using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators.Speculative;

/// <summary>A round's work by model, and the part of each spent on drafts that were never committed.</summary>
internal readonly record struct RoundCompute(StepCompute Draft, StepCompute Target, double DraftDiscarded, double TargetDiscarded);

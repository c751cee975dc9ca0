using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators;

/// <summary>
/// Figures of a step that only some lane kinds have; for a speculative lane (semantics §12): the acceptance
/// α_t = Σ_v min(p_t(v), q_t(v)) at the step's prefix, the round its token came from, whether the step opens that
/// round, the round's drafted tokens γ_r, and the FLOPs the draft and the target computed at this step (a round's
/// work is charged at its first step). For a trace lane (semantics §10): the step's unlisted mass, 1 − Σ p over the
/// alternatives the recording lists (at least 0). <see cref="DraftWork"/> and <see cref="TargetWork"/> are a
/// speculative round's whole work by model (computed, recomputed, reused, and discarded on rejected drafts), at
/// the round's first step like the FLOPs.
/// </summary>
public sealed record StepExtras(
    double? Acceptance = null,
    int? Round = null,
    bool RoundStart = false,
    int? Drafted = null,
    double? DraftFlops = null,
    double? TargetFlops = null,
    double? UnlistedMass = null,
    StepCompute? DraftWork = null,
    StepCompute? TargetWork = null);

using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators.Speculative;

/// <summary>
/// What a speculative lane keeps between steps (<see cref="LaneState.KindState"/>): the current round's number, its
/// tokens still to commit, how many tokens it drafted, and the draft model's own compute ledger (the lane's ledger
/// is the target's).
/// </summary>
public sealed record SpeculativeState(int Round, int[] Pending, int Next, int Drafted, ComputeLedger DraftLedger)
{
    public static SpeculativeState Initial { get; } = new(0, [], 0, 0, default);

    public bool RoundFinished => Next >= Pending.Length;
}

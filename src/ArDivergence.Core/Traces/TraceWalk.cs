using System.Collections.Immutable;

namespace ArDivergence.Core.Traces;

/// <summary>
/// A recorded trace checked step by step. <see cref="FirstOffStep"/> is the step at which it left the
/// manifold (an invalid token, or the last step when the recording ends on text that does not match;
/// 0 for an empty recording whose empty text does not match), null when it stays on to its end.
/// </summary>
public sealed record TraceWalk(RecordedTrace Trace, ImmutableArray<TraceStep> Steps, int? FirstOffStep)
{
    public bool IsOffBy(int t) => FirstOffStep is { } off && off <= t;
}

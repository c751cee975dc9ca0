using System.Collections.Immutable;

namespace ArDivergence.Core.Traces;

/// <summary>
/// One token a recording lists at a step with its probability: the emitted token or one of the
/// top-k alternatives the server returned. <see cref="Bytes"/> is what the manifold reads; it is
/// null for a control token (a server lists those without bytes), which counts as the end of
/// generation. <see cref="Text"/> is for display only.
/// </summary>
public sealed record RecordedAlternative(string Text, ImmutableArray<byte>? Bytes, double Probability)
{
    public bool IsControl => Bytes is null;
}

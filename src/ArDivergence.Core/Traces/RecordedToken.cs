using System.Collections.Immutable;

namespace ArDivergence.Core.Traces;

/// <summary>
/// One emitted token of a recorded generation. <see cref="Probability"/> is the probability the
/// model gave it (null when the recording does not say, e.g. llama.cpp's older `probs` list without
/// the emitted token). <see cref="Alternatives"/> are every token listed at this step with a known
/// probability, the emitted one included when its probability is known; everything else is unlisted.
/// </summary>
public sealed record RecordedToken(
    string Text,
    ImmutableArray<byte> Bytes,
    double? Probability,
    ImmutableArray<RecordedAlternative> Alternatives)
{
    /// <summary>The total probability of the listed tokens (may exceed 1 by rounding in the recording).</summary>
    public double ListedMass
    {
        get
        {
            var sum = 0.0;
            foreach (var alternative in Alternatives)
            {
                sum += alternative.Probability;
            }

            return sum;
        }
    }
}

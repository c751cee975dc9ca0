namespace ArDivergence.Core.Generators;

/// <summary>A lane that can tell how likely a whole sequence is.</summary>
public interface ISequenceScorer : IGenerator
{
    /// <summary>
    /// The probability that a fresh run of the lane generates exactly <paramref name="tokens"/>
    /// (all L of them), as the product of the lane's conditionals along it — on or off the manifold.
    /// </summary>
    double SequenceProbability(IReadOnlyList<int> tokens);
}

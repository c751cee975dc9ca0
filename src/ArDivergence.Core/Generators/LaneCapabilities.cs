namespace ArDivergence.Core.Generators;

/// <summary>
/// What a lane can do, declared by the lane so that the session, the estimators and the verbs ask
/// instead of assuming. Today's generators can do everything; a trace lane (a recorded generation)
/// or a real model cannot.
/// </summary>
[Flags]
public enum LaneCapabilities
{
    None = 0,

    /// <summary>The lane is a known Markov chain (<see cref="IExactLane"/>): off_manifold by dynamic programming.</summary>
    ExactProcess = 1,

    /// <summary>Fresh runs can be sampled (<see cref="IGenerator.Start"/> with another stream): off_manifold by Monte Carlo.</summary>
    MonteCarlo = 2,

    /// <summary>Each step's distribution is known in full; without it only top-k bounds are, and token errors are intervals.</summary>
    FullDistribution = 4,

    /// <summary>A token can be forced at a position and the lane goes on from it (the force command).</summary>
    CanBranch = 8,

    /// <summary>The probability of a whole sequence is known (<see cref="ISequenceScorer"/>).</summary>
    SequenceProbability = 16,

    /// <summary>Everything: the autoregressive, one-shot and mpc lanes.</summary>
    All = ExactProcess | MonteCarlo | FullDistribution | CanBranch | SequenceProbability,
}

namespace ArDivergence.Core.Generators;

/// <summary>A lane that is a known Markov chain, so that exact dynamic programming can run over it.</summary>
public interface IExactLane : IGenerator
{
    /// <summary>The analytic view used by exact dynamic programming.</summary>
    IExactProcess Exact { get; }
}

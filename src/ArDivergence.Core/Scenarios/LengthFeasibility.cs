using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>Whether the manifold has at least one valid continuation of the requested length.</summary>
public static class LengthFeasibility
{
    /// <summary>A problem (located at <c>length</c> or <c>manifold</c>) or null when some valid sequence exists.</summary>
    public static SpecProblem? Check(ScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Manifold is not AutomatonManifoldSpec automaton || spec.Length is not int length)
        {
            return null;
        }

        try
        {
            var vocabulary = new Vocabulary(ManifoldBuilder.EmittableTokens(automaton));
            var manifold = ManifoldBuilder.Automaton(automaton, vocabulary, length);
            return manifold.HasValidSequence
                ? null
                : new SpecProblem(
                    "length",
                    $"the automaton has no valid sequence of exactly {length} tokens from '{automaton.Start}' to an accepting state");
        }
        catch (ScenarioLimitException limit)
        {
            return new SpecProblem("manifold", limit.Message);
        }
        catch (KeyNotFoundException)
        {
            // An unknown state or token: reported by the validator's own checks, not here.
            return null;
        }
    }
}

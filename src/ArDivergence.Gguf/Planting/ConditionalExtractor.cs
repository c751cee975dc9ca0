using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Scenarios;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// Finds out whether a lane's next-token conditionals depend on the previous token alone, and what
/// they are: every (manifold state, model context) reachable with positive probability is visited
/// step by step, its p_t computed, and the rows of one previous token compared. Rows while the
/// prefix is on the manifold must agree; rows after an invalid token are used only for tokens that
/// never precede a step on the manifold (no metric reads a distribution once a run is off: leaving
/// is absorbing, §2).
/// </summary>
public static class ConditionalExtractor
{
    /// <summary>Two rows are "the same" within this (they are computed by the same formula, so they agree to rounding).</summary>
    public const double RowTolerance = 1e-12;

    /// <summary>The most (state, context) pairs times |V| one step may visit.</summary>
    public const long MaxWorkPerStep = 20_000_000;

    public static PreviousTokenConditionals From(CompiledScenario scenario, string laneName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var lane = scenario.Generators.FirstOrDefault(g => g.Name == laneName)
            ?? throw new PlantingException($"scenario '{scenario.Name}' has no lane '{laneName}' (its lanes: {string.Join(", ", scenario.Generators.Select(g => g.Name))})");
        if (lane is not AutoregressiveGenerator autoregressive)
        {
            throw new PlantingException($"lane '{laneName}' is a {lane.Kind.Name} lane; only autoregressive lanes whose next-token distribution depends on the previous token alone can be planted");
        }

        var vocabularySize = scenario.Vocabulary.Count;
        var model = autoregressive.Model;
        var manifold = scenario.Manifold;
        var start = scenario.Prompt.Count > 0 ? scenario.Prompt[^1] : PreviousTokenConditionals.Start;
        var onManifold = new Dictionary<int, (double[] Row, int T)>();
        var offManifold = new Dictionary<int, (double[] Row, int T)>();
        var nodes = new HashSet<(int State, UInt128 Context, int Previous)> { (manifold.StartState, model.InitialContext, start) };
        var allTokens = Enumerable.Range(0, vocabularySize).ToArray();
        for (var t = 1; t <= manifold.Length; t++)
        {
            if ((long)nodes.Count * vocabularySize > MaxWorkPerStep)
            {
                throw new PlantingException($"lane '{laneName}' reaches {nodes.Count} (state, context) pairs at step {t}: too many to check that its next-token distribution depends on the previous token alone");
            }

            var next = new HashSet<(int, UInt128, int)>();
            foreach (var (state, context, previous) in nodes)
            {
                var row = new double[vocabularySize];
                model.Next(state, context, t).ProbabilitiesOf(allTokens, row);
                var rows = state == ManifoldState.Off ? offManifold : onManifold;
                if (rows.TryGetValue(previous, out var seen))
                {
                    if (!SameRow(seen.Row, row))
                    {
                        throw Refusal(scenario, laneName, previous, seen.T, t, state == ManifoldState.Off);
                    }
                }
                else
                {
                    rows[previous] = (row, t);
                }

                for (var token = 0; token < vocabularySize; token++)
                {
                    if (row[token] > 0)
                    {
                        next.Add((manifold.Advance(state, t, token), model.Advance(context, token), token));
                    }
                }
            }

            nodes = next;
        }

        var result = new Dictionary<int, double[]>();
        foreach (var (previous, (row, _)) in offManifold)
        {
            result[previous] = row;
        }

        foreach (var (previous, (row, _)) in onManifold)
        {
            result[previous] = row;
        }

        return new PreviousTokenConditionals(scenario.Name, laneName, scenario.Vocabulary.Tokens, result);
    }

    private static bool SameRow(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > RowTolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static PlantingException Refusal(CompiledScenario scenario, string laneName, int previous, int firstStep, int step, bool off)
    {
        var after = previous == PreviousTokenConditionals.Start ? "at the start" : $"after '{scenario.Vocabulary[previous]}'";
        var where = off ? " off the manifold" : "";
        var when = firstStep == step ? $"between two prefixes at step {step}" : $"between steps {firstStep} and {step}";
        return new PlantingException(
            $"lane '{laneName}' cannot be planted: its next-token distribution {after}{where} differs {when}, " +
            "and a planted model sees only the previous token (plantable: a noisy oracle with a constant error on an automaton whose state is fixed by the last token, or an ngram of order 2)");
    }
}

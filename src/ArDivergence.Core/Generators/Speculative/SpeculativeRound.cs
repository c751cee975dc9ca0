using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators.Speculative;

/// <summary>
/// One round of speculative sampling (Leviathan et al. 2023; semantics §12) from a committed prefix: the draft
/// proposes <c>drafted</c> tokens x_i ~ q_i one after the other; the target's p_i at the drafted positions and one
/// more; x_i is accepted when u_i·q_i(x_i) &lt; p_i(x_i) (probability min(1, p/q)); at the first rejection a token is
/// drawn from norm(max(0, p_i − q_i)) and the round ends; if every draft is accepted a bonus token is drawn from
/// the last p. Draws: the drafts' uniforms in order, then one per verified token, then one for the last token.
/// </summary>
public static class SpeculativeRound
{
    /// <summary>The round's committed tokens (1..drafted + 1 of them) and how many drafts were accepted.</summary>
    public static (int[] Tokens, int Accepted) Run(
        IManifold manifold,
        IAutoregressiveModel draft,
        IAutoregressiveModel target,
        RoundStart start,
        int drafted,
        ref SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(target);
        var proposals = new int[drafted];
        var q = new TokenDistribution[drafted];
        var p = new TokenDistribution[drafted + 1];
        var (state, targetContext, draftContext) = (start.ManifoldState, start.TargetContext, start.DraftContext);
        for (var i = 0; i <= drafted; i++)
        {
            var t = start.FirstStep + i;
            p[i] = target.Next(state, targetContext, t);
            if (i == drafted)
            {
                break;
            }

            q[i] = draft.Next(state, draftContext, t);
            proposals[i] = q[i].Sample(random.NextDouble());
            state = manifold.Advance(state, t, proposals[i]);
            targetContext = target.Advance(targetContext, proposals[i]);
            draftContext = draft.Advance(draftContext, proposals[i]);
        }

        var tokens = new List<int>(drafted + 1);
        for (var i = 0; i < drafted; i++)
        {
            var x = proposals[i];
            if (random.NextDouble() * q[i].Probability(x) < p[i].Probability(x))
            {
                tokens.Add(x);
                continue;
            }

            tokens.Add(SampleResidual(p[i], q[i], random.NextDouble()));
            return ([.. tokens], i);
        }

        tokens.Add(p[drafted].Sample(random.NextDouble()));
        return ([.. tokens], drafted);
    }

    /// <summary>α = Σ_v min(p(v), q(v)): the probability that a draft from q is accepted by p.</summary>
    public static double Acceptance(TokenDistribution p, TokenDistribution q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        var sum = 0.0;
        for (var v = 0; v < p.VocabularySize; v++)
        {
            sum += Math.Min(p.Probability(v), q.Probability(v));
        }

        return Math.Clamp(sum, 0.0, 1.0);
    }

    /// <summary>norm(max(0, p − q)) by inverse CDF over token ids ascending, from one uniform <paramref name="u"/>.</summary>
    public static int SampleResidual(TokenDistribution p, TokenDistribution q, double u)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        var residual = new double[p.VocabularySize];
        var total = 0.0;
        for (var v = 0; v < residual.Length; v++)
        {
            residual[v] = Math.Max(0.0, p.Probability(v) - q.Probability(v));
            total += residual[v];
        }

        // p = q leaves nothing to draw from, but then no draft is ever rejected: this is only a guard.
        if (!(total > 0))
        {
            return p.Sample(u);
        }

        var target = u * total;
        var last = 0;
        for (var v = 0; v < residual.Length; v++)
        {
            if (residual[v] <= 0)
            {
                continue;
            }

            last = v;
            target -= residual[v];
            if (target < 0)
            {
                return v;
            }
        }

        return last;
    }
}

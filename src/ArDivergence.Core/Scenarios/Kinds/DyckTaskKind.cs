using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>task: dyck</c>: balanced brackets of several pairs, nested at most <c>max_depth</c> deep.</summary>
public sealed class DyckTaskKind : TaskKindDescriptor<DyckTaskSpec>
{
    public override string Description => "dyck task";

    public override string StatesName => "bracket stacks";

    /// <summary>L is the scenario's: any even length is a valid Dyck word length.</summary>
    public override bool LengthIsDerived => false;

    protected override void Check(DyckTaskSpec task, ManifoldCheck check)
    {
        check.Require(task.MaxDepth >= 1, "manifold.max_depth", Invariant($"'max_depth' must be at least 1, found {task.MaxDepth}"));
        if (!check.Require(task.Pairs.Count > 0, "manifold.pairs", "the dyck task needs at least one bracket pair, e.g. \"( )\""))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < task.Pairs.Count; i++)
        {
            var pair = task.Pairs[i];
            var path = Item("manifold.pairs", i);
            check.UsesToken(pair.Open, path);
            check.UsesToken(pair.Close, path);
            if (pair.Open == pair.Close)
            {
                check.Add(path, $"a bracket pair needs two different tokens, found '{pair.Open}' twice");
            }
            else if (!seen.Add(pair.Open) | !seen.Add(pair.Close))
            {
                check.Add(path, $"the pair '{pair.Open} {pair.Close}' reuses a token of an earlier pair");
            }
        }

        Adopt(task, check, namesItsTokens: true);
    }

    protected override void CheckLength(DyckTaskSpec spec, int length, ManifoldCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (length < 2 || length % 2 != 0)
        {
            check.Add("length", Invariant($"a dyck sequence has an even length of at least 2 (every bracket closes), found {length}"));
        }
    }

    /// <summary>Stacks of depth 0..k (k = min(max_depth, L/2)), or null after reporting that DyckManifold cannot number them.</summary>
    protected override long? StatesAtOnePosition(DyckTaskSpec spec, int length, ManifoldCheck check, out bool bounded)
    {
        ArgumentNullException.ThrowIfNull(check);
        bounded = false;
        var depth = Math.Min(spec.MaxDepth, length / 2);
        var pairs = spec.Pairs.Count;

        // The same test DyckManifold makes, so the two agree at the boundary.
        if (Math.Pow(pairs, depth + 1) >= MaxDyckStacks)
        {
            check.Add("manifold.max_depth", Invariant(
                $"{pairs} bracket pairs nested {depth} deep (max_depth, at most L/2) make {pairs}^{depth + 1} = {Math.Pow(pairs, depth + 1):G3} stack numbers, over the limit of {MaxDyckStacks:N0}; lower max_depth"));
            return null;
        }

        long stacks = 0;
        long level = 1;
        for (var d = 0; d <= depth; d++)
        {
            stacks += level;
            level *= pairs;
        }

        return stacks;
    }

    protected override IManifold Build(DyckTaskSpec spec, Vocabulary vocabulary, int length, TaskInstance? task)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new DyckManifold(vocabulary.Count, length, [.. spec.Pairs.Select(p => (vocabulary.IdOf(p.Open), vocabulary.IdOf(p.Close)))], spec.MaxDepth);
    }
}

using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>task: copy</c>: repeat n tokens of the alphabet.</summary>
public sealed class CopyTaskKind : TaskKindDescriptor<CopyTaskSpec>
{
    public override string Description => "copy task";

    protected override void Check(CopyTaskSpec task, ManifoldCheck check)
    {
        var ok = true;
        if (task.Alphabet.Count == 0)
        {
            check.Add("manifold.alphabet", "the copy task needs a non-empty alphabet");
            ok = false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < task.Alphabet.Count; i++)
        {
            check.UsesToken(task.Alphabet[i], Item("manifold.alphabet", i));
            if (!seen.Add(task.Alphabet[i]))
            {
                check.Add(Item("manifold.alphabet", i), $"token '{task.Alphabet[i]}' is listed twice in the alphabet");
            }
        }

        ok &= check.Require(task.N >= 1, "manifold.n", Invariant($"'n' must be at least 1, found {task.N}"));
        ok &= check.Require(task.N <= MaxLength, "manifold.n", Invariant($"'n' = {task.N:N0} is over the length limit of {MaxLength:N0}"));
        if (ok)
        {
            Adopt(task, check, namesItsTokens: true);
        }
    }
}

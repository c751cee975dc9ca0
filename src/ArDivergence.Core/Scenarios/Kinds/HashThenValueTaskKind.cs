using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>task: hash_then_value</c>: a hash of x² before x² itself.</summary>
public sealed class HashThenValueTaskKind : TaskKindDescriptor<HashThenValueTaskSpec>
{
    public override string Description => "hash_then_value task";

    protected override void Check(HashThenValueTaskSpec task, ManifoldCheck check)
    {
        var ok = check.Require(task.Digits is >= 1 and <= MaxHashThenValueDigits, "manifold.digits",
            Invariant($"'digits' must be between 1 and {MaxHashThenValueDigits} (x² must fit in a 64-bit integer), found {task.Digits}"));
        ok &= check.Require(task.HashDigits is >= 1 and <= MaxHashDigits, "manifold.hash_digits",
            Invariant($"'hash_digits' must be between 1 and {MaxHashDigits} (the FNV-1a hash has {MaxHashDigits} hex digits), found {task.HashDigits}"));
        if (ok)
        {
            Adopt(task, check, namesItsTokens: false);
        }
    }
}

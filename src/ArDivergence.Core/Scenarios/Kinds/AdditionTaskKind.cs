using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>task: addition</c>: the sum of two numbers of <c>digits</c> digits.</summary>
public sealed class AdditionTaskKind : TaskKindDescriptor<AdditionTaskSpec>
{
    public override string Description => "addition task";

    protected override void Check(AdditionTaskSpec task, ManifoldCheck check)
    {
        if (check.Require(task.Digits is >= 1 and <= MaxAdditionDigits, "manifold.digits",
            Invariant($"'digits' must be between 1 and {MaxAdditionDigits} (the sum must fit in a 64-bit integer), found {task.Digits}")))
        {
            Adopt(task, check, namesItsTokens: false);
        }
    }
}

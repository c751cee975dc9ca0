using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>A task manifold: the prompt and L come from the task, the ground truth is its one valid continuation.</summary>
public abstract class TaskKindDescriptor<TSpec> : ManifoldKindDescriptor<TSpec>
    where TSpec : TaskManifoldSpec
{
    public override bool LengthIsDerived => true;

    protected override IReadOnlyList<string> EmittableTokens(TSpec spec) => TaskGenerator.EmittableTokens(spec);

    protected override int? DerivedLength(TSpec spec) => TaskGenerator.DerivedLength(spec);

    protected override IManifold Build(TSpec spec, Vocabulary vocabulary, int length, TaskInstance? task)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new FixedContinuationManifold(
            vocabulary.Count, [.. (task ?? throw new ArgumentNullException(nameof(task))).Continuation.Select(vocabulary.IdOf)]);
    }

    /// <summary>
    /// Takes the task's tokens and length from <see cref="TaskGenerator"/> (what the compiler will use), once its
    /// parameters are known to be sane. Tokens the file names (an alphabet, bracket pairs) are checked where they
    /// are written; the others (digits, separators) are "implicit" and reported at the vocabulary.
    /// </summary>
    protected static void Adopt(TSpec task, ManifoldCheck check, bool namesItsTokens)
    {
        check.DerivedLength = TaskGenerator.DerivedLength(task);
        check.Emitted = [.. TaskGenerator.EmittableTokens(task)];

        // One valid continuation: one state per position. Dyck's count depends on L (see DyckTaskKind).
        check.StatesAtOnePosition = task is DyckTaskSpec ? null : 1;
        if (!namesItsTokens)
        {
            check.ImplicitTokens.AddRange(check.Emitted);
        }

        check.ImplicitTokens.AddRange(TaskGenerator.PromptOnlyTokens(task));
    }
}

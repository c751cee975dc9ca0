using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>A manifold kind over its own spec record: the typed base every manifold descriptor derives from.</summary>
public abstract class ManifoldKindDescriptor<TSpec> : IManifoldKind
    where TSpec : ManifoldSpec
{
    public Type SpecType => typeof(TSpec);

    public abstract string Description { get; }

    public virtual string StatesName => "states";

    public abstract bool LengthIsDerived { get; }

    public void Check(ManifoldSpec spec, ManifoldCheck check) => Check((TSpec)spec, check);

    public void CheckLength(ManifoldSpec spec, int length, ManifoldCheck check) => CheckLength((TSpec)spec, length, check);

    public long? StatesAtOnePosition(ManifoldSpec spec, int length, ManifoldCheck check, out bool bounded) =>
        StatesAtOnePosition((TSpec)spec, length, check, out bounded);

    public SpecProblem? Feasibility(ManifoldSpec spec, int length) => Feasibility((TSpec)spec, length);

    public IReadOnlyList<string> EmittableTokens(ManifoldSpec spec) => EmittableTokens((TSpec)spec);

    public int? DerivedLength(ManifoldSpec spec) => DerivedLength((TSpec)spec);

    public IManifold Build(ManifoldSpec spec, Vocabulary vocabulary, int length, TaskInstance? task) => Build((TSpec)spec, vocabulary, length, task);

    protected abstract void Check(TSpec spec, ManifoldCheck check);

    protected virtual void CheckLength(TSpec spec, int length, ManifoldCheck check)
    {
    }

    protected virtual long? StatesAtOnePosition(TSpec spec, int length, ManifoldCheck check, out bool bounded)
    {
        ArgumentNullException.ThrowIfNull(check);
        bounded = false;
        return check.StatesAtOnePosition;
    }

    protected virtual SpecProblem? Feasibility(TSpec spec, int length) => null;

    protected abstract IReadOnlyList<string> EmittableTokens(TSpec spec);

    protected abstract int? DerivedLength(TSpec spec);

    protected abstract IManifold Build(TSpec spec, Vocabulary vocabulary, int length, TaskInstance? task);
}

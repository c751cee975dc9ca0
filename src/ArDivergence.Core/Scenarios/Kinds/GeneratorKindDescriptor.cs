using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>A generator kind over its own spec record: the typed base every descriptor derives from.</summary>
public abstract class GeneratorKindDescriptor<TSpec> : IGeneratorKind
    where TSpec : GeneratorSpec
{
    public abstract GeneratorKind Kind { get; }

    public Type SpecType => typeof(TSpec);

    public virtual bool WrapsAnotherLane => false;

    public virtual bool CanBeWrapped => false;

    public void Validate(GeneratorSpec spec, GeneratorCheck check) => Validate((TSpec)spec, check);

    public void CheckCost(GeneratorSpec spec, LaneCost cost) => CheckCost((TSpec)spec, cost);

    public IGenerator Build(GeneratorSpec spec, LaneBuild build) => Build((TSpec)spec, build);

    public bool ReadsText(GeneratorSpec spec) => ReadsText((TSpec)spec);

    protected virtual bool ReadsText(TSpec spec) => false;

    protected virtual void Validate(TSpec spec, GeneratorCheck check)
    {
    }

    protected virtual void CheckCost(TSpec spec, LaneCost cost)
    {
    }

    protected abstract IGenerator Build(TSpec spec, LaneBuild build);
}

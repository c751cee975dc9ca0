using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: non_autoregressive</c>: one call plans all L positions (factorized or joint).</summary>
public sealed class NonAutoregressiveKind : GeneratorKindDescriptor<NonAutoregressiveGeneratorSpec>
{
    public override GeneratorKind Kind => GeneratorKind.NonAutoregressive;

    public override bool CanBeWrapped => true;

    protected override void Validate(NonAutoregressiveGeneratorSpec spec, GeneratorCheck check) => ComputeChecks.Check(spec.Compute, check);

    /// <summary>A factorized model's forward pass holds every state possible at one position.</summary>
    protected override void CheckCost(NonAutoregressiveGeneratorSpec spec, LaneCost cost)
    {
        if (spec.Model is FactorizedModelSpec && cost.StatesPerPosition is > ScenarioValidator.MaxForwardStates)
        {
            cost.Report(".model", Invariant(
                $"a factorized model's forward pass would hold {cost.StatesPerPosition:N0} {cost.StatesName} at one position, over the limit of {ScenarioValidator.MaxForwardStates:N0}; use a smaller manifold or a joint model"));
        }
    }

    protected override IGenerator Build(NonAutoregressiveGeneratorSpec spec, LaneBuild build) =>
        PlanningGenerator.OneShot(spec.Name, build.Context, OneShot(spec.Model, build.Context), ComputeConfig.From(spec.Compute));

    private static IOneShotModel OneShot(OneShotModelSpec model, GenerationContext context) => model switch
    {
        FactorizedModelSpec factorized => new FactorizedModel(context, ErrorSchedule.From(factorized.Error, context.Length)),
        JointModelSpec joint => new JointModel(context, joint.SequenceError, joint.Conditioning),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown one-shot model"),
    };
}

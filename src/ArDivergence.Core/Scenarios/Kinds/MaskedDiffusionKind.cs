using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Diffusion;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: masked_diffusion</c>: LLaDA's block sampler over a denoiser with exact conditional marginals plus noise.</summary>
public sealed class MaskedDiffusionKind : GeneratorKindDescriptor<MaskedDiffusionGeneratorSpec>
{
    public override GeneratorKind Kind => MaskedDiffusionGenerator.DiffusionKind;

    protected override void Validate(MaskedDiffusionGeneratorSpec spec, GeneratorCheck check) => ComputeChecks.Check(spec.Compute, check);

    /// <summary>The block schedule needs L; the denoiser's forward–backward pass holds every state possible at one position.</summary>
    protected override void CheckCost(MaskedDiffusionGeneratorSpec spec, LaneCost cost)
    {
        var length = cost.Length;
        var blockLength = spec.BlockLength ?? length;
        if (blockLength > length || length % blockLength != 0)
        {
            cost.Report(".block_length", Invariant($"block_length {blockLength} must divide the length L = {length} (blocks are filled left to right)"));
            return;
        }

        var blocks = length / blockLength;
        if (spec.Steps % blocks != 0 || spec.Steps / blocks > blockLength)
        {
            cost.Report(".steps", Invariant(
                $"steps = {spec.Steps} must be a multiple of the {blocks} block(s) with at most {blockLength} steps per block (so every step commits at least one position): one of {string.Join(", ", Enumerable.Range(1, blockLength).Select(k => k * blocks))}"));
        }

        if (cost.StatesPerPosition is > ScenarioValidator.MaxForwardStates)
        {
            cost.Report(string.Empty, Invariant(
                $"the denoiser's forward–backward pass would hold {cost.StatesPerPosition:N0} {cost.StatesName} at one position, over the limit of {ScenarioValidator.MaxForwardStates:N0}; use a smaller manifold"));
        }
    }

    protected override IGenerator Build(MaskedDiffusionGeneratorSpec spec, LaneBuild build)
    {
        var context = build.Context;
        var denoiser = new MaskedDenoiser(context.Manifold, ErrorSchedule.From(spec.Error, context.Length), spec.Noise);
        var schedule = new DiffusionSchedule(context.Length, spec.Steps, spec.BlockLength ?? context.Length);
        return new MaskedDiffusionGenerator(spec.Name, context, denoiser, schedule, spec.Remasking, spec.PrefixCache, ComputeConfig.From(spec.Compute));
    }
}

using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: mpc</c>: plans with another lane's model, commits <c>commit</c> tokens, plans again.</summary>
public sealed class MpcKind : GeneratorKindDescriptor<MpcGeneratorSpec>
{
    public override GeneratorKind Kind => GeneratorKind.Mpc;

    public override bool WrapsAnotherLane => true;

    protected override void Validate(MpcGeneratorSpec spec, GeneratorCheck check)
    {
        var inner = check.Lane(spec.Inner);
        if (spec.Inner == spec.Name)
        {
            check.Report(".inner", $"mpc '{spec.Name}' names itself as inner; name a non-mpc generator");
        }
        else if (inner is null)
        {
            var candidates = check.Scenario.Generators.Where(g => g is not MpcGeneratorSpec).Select(g => g.Name).ToList();
            check.Report(".inner", $"inner '{spec.Inner}' names no generator; candidates: {(candidates.Count == 0 ? "none" : Some(candidates))}");
        }
        else if (inner is MpcGeneratorSpec)
        {
            check.Report(".inner", $"inner '{spec.Inner}' is itself an mpc generator; mpc wraps an autoregressive or non_autoregressive generator");
        }
        else if (!check.Kinds.For(inner).CanBeWrapped)
        {
            check.Report(".inner", $"inner '{spec.Inner}' is a {inner.KindName} generator; mpc wraps an autoregressive or non_autoregressive generator");
        }

        Require(spec.Commit >= 1, check, ".commit", Invariant($"commit must be at least 1, found {spec.Commit}"));
        Require(spec.Horizon is null or >= 1, check, ".horizon", Invariant($"horizon must be at least 1 (or null for all remaining), found {spec.Horizon}"));
        Require(spec.Rollouts >= 1, check, ".rollouts", Invariant($"rollouts must be at least 1, found {spec.Rollouts}"));
        if ((spec.Rollouts != 1 || spec.Select != RolloutSelection.Sample)
            && inner is AutoregressiveGeneratorSpec { Model: not GgufModelSpec } or NonAutoregressiveGeneratorSpec)
        {
            check.Report(spec.Rollouts != 1 ? ".rollouts" : ".select", $"rollouts and select need an inner lane that runs a real model (model: {{kind: gguf}}); '{spec.Inner}' is simulated");
        }

        if (spec.Horizon is { } horizon && spec.Commit > horizon)
        {
            check.Report(".commit", Invariant($"commit {spec.Commit} is more than the horizon {horizon}: a plan of {horizon} tokens cannot commit {spec.Commit}"));
        }
    }

    /// <summary>
    /// Over a factorized model and committing more than one token, the lane remembers the state its plan began
    /// in, so exact off_manifold tracks (state, origin) pairs: up to states² keys a step.
    /// </summary>
    protected override void CheckCost(MpcGeneratorSpec spec, LaneCost cost)
    {
        if (cost.StatesPerPosition is not { } perPosition
            || (double)perPosition * perPosition * cost.Length <= ScenarioValidator.MaxPlanOriginStateSpace)
        {
            return;
        }

        if (cost.Lane(spec.Inner) is NonAutoregressiveGeneratorSpec { Model: FactorizedModelSpec } && Math.Min(spec.Commit, spec.Horizon ?? int.MaxValue) > 1)
        {
            cost.Report(string.Empty, Invariant(
                $"the state space of this lane is {cost.Length:N0} positions × {perPosition:N0}² (state, plan origin) pairs = {(double)perPosition * perPosition * cost.Length:N0}, over the limit of {ScenarioValidator.MaxPlanOriginStateSpace:N0}: an mpc lane over a factorized model that commits several tokens remembers where its plan began; use commit: 1, a shorter length or a smaller manifold"));
        }
    }

    /// <summary>
    /// An mpc lane around its inner lane's model (the very one, so an n-gram is trained once), priced by the inner
    /// lane's compute, in the inner lane's context (on a text manifold, its own tokens' view of the language).
    /// </summary>
    protected override IGenerator Build(MpcGeneratorSpec spec, LaneBuild build)
    {
        var inner = build.Lane(spec.Inner);
        if (inner is LanguageModelLane real)
        {
            return new LanguageModelMpcLane(spec.Name, real.Context, real.Setup, spec);
        }

        IOneShotModel model = inner switch
        {
            AutoregressiveGenerator ar => new AutoregressivePlanner(inner.Context, ar.Model),
            PlanningGenerator oneShot when oneShot.Kind == GeneratorKind.NonAutoregressive => oneShot.Model,
            _ => throw new InvalidOperationException($"mpc '{spec.Name}' cannot wrap '{spec.Inner}'"),
        };
        return PlanningGenerator.Mpc(spec.Name, inner.Context, model, inner.Compute, spec.Commit, spec.Horizon, spec.PrefixCache);
    }

    private static void Require(bool condition, GeneratorCheck check, string suffix, string message)
    {
        if (!condition)
        {
            check.Report(suffix, message);
        }
    }
}

using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests;

/// <summary>Core's validator on specs built in code (the loader's tests cover it through files).</summary>
public sealed class ValidatorTests
{
    private static ScenarioSpec Spec(ManifoldSpec manifold, params GeneratorSpec[] generators) => new()
    {
        Name = "t",
        Manifold = manifold,
        Generators = generators,
    };

    private static readonly AutoregressiveGeneratorSpec Oracle = new("ar", new NoisyOracleModelSpec(new ConstantErrorSpec(0)), new ComputeSpec());

    [Fact]
    public void Valid_spec_has_no_problems()
    {
        var spec = Spec(new SequencesManifoldSpec([new WeightedSequenceSpec(["a", "b"])]), Oracle);
        Assert.Empty(ScenarioValidator.Validate(spec));
    }

    [Fact]
    public void Scenario_without_generators_is_a_problem()
    {
        var spec = Spec(new SequencesManifoldSpec([new WeightedSequenceSpec(["a"])]));
        Assert.Contains(new SpecProblem("generators", "a scenario needs at least one generator"), ScenarioValidator.Validate(spec));
    }

    [Fact]
    public void Problems_carry_paths_in_the_file_syntax()
    {
        var spec = Spec(
            new AutomatonManifoldSpec("q", null, [new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "nowhere")])]),
            Oracle,
            new MpcGeneratorSpec("mpc", "ghost")) with
        {
            Length = 3,
            Breakpoints = [new BreakpointSpec(BreakpointKind.OffManifold, Lane: "nobody")],
        };
        Assert.Equal(
            ["manifold.states.q[0].to", "generators[1].inner", "breakpoints[0].lane"],
            ScenarioValidator.Validate(spec).Select(p => p.Path));
    }

    [Fact]
    public void D_model_that_the_default_heads_do_not_divide_is_reported_at_d_model()
    {
        var generator = Oracle with { Compute = new ComputeSpec { DModel = 200 } };
        var problem = Assert.Single(ScenarioValidator.Validate(Spec(new SequencesManifoldSpec([new WeightedSequenceSpec(["a"])]), generator)));
        Assert.Equal("generators[0].compute.d_model", problem.Path);
        Assert.Contains("not divisible by the default heads (d_model/64 = 3); give heads", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_d_model_takes_one_head_by_default()
    {
        var generator = Oracle with { Compute = new ComputeSpec { DModel = 32 } };
        Assert.Empty(ScenarioValidator.Validate(Spec(new SequencesManifoldSpec([new WeightedSequenceSpec(["a"])]), generator)));
    }

    [Fact]
    public void Limits_are_named_in_the_message()
    {
        var automaton = new AutomatonManifoldSpec("q", null, [new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "q")])]);
        var tooLong = Spec(automaton, Oracle) with { Length = 2_000_000 };
        var problem = Assert.Single(ScenarioValidator.Validate(tooLong));
        Assert.Equal(new SpecProblem("length", "'length' 2,000,000 is over the limit of 1,000,000"), problem);

        var hugeStar = Spec(new PathStarTaskSpec(2, 2, 5_000_000), Oracle);
        Assert.Contains(ScenarioValidator.Validate(hugeStar), p => p.Path == "manifold.nodes" && p.Message.Contains("1,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifold_kind_the_validator_does_not_know_is_a_problem()
    {
        Assert.Contains(ScenarioValidator.Validate(Spec(new UnknownManifoldSpec(), Oracle)), p => p.Path == "manifold.kind");
    }

    /// <summary>As if a new manifold kind were added to Core without teaching the validator.</summary>
    private sealed record UnknownManifoldSpec : ManifoldSpec;
}

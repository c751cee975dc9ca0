using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

public sealed class LaneCapabilityTests
{
    [Fact]
    public void Every_shipped_lane_declares_exactly_the_capabilities_its_interfaces_give()
    {
        var spec = TestSpecs.Loop(
            4, ["a", "b"], ["z"], TestSpecs.Oracle("oracle", 0.3), TestSpecs.Joint("joint", 0.3), TestSpecs.Factorized("factorized", 0.2), TestSpecs.Mpc("mpc", "joint"));

        foreach (var lane in ScenarioCompiler.Compile(spec).Generators)
        {
            Assert.Equal(LaneCapabilities.All, lane.Capabilities);
            Assert.Equal(lane.Can(LaneCapabilities.ExactProcess), lane is IExactLane);
            Assert.Equal(lane.Can(LaneCapabilities.SequenceProbability), lane is ISequenceScorer);
            Assert.NotNull(lane.ExactProcess);
        }
    }

    [Fact]
    public void A_lane_without_an_exact_process_has_none_to_give_and_no_exact_curve()
    {
        var scenario = ScenarioCompiler.Compile(TestSpecs.Loop(4, ["a", "b"], ["z"], TestSpecs.Oracle("shape", 0.1)));
        var lane = new PairWritingLane(scenario.Generators[0], offAt: 1, invalidToken: 2);

        Assert.False(lane.Can(LaneCapabilities.ExactProcess));
        Assert.Null(lane.ExactProcess);
        Assert.Throws<NotSupportedException>(() => lane.Exact);
        Assert.Null(new OffManifoldCurve(lane, seed: 1).Exact);
    }
}

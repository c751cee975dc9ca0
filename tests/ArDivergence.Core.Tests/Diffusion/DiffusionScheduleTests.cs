using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Diffusion;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>The step-split rule and the confidence order, worked by hand.</summary>
public class DiffusionScheduleTests
{
    [Theory]
    [InlineData(10, 4, new[] { 3, 3, 2, 2 })]
    [InlineData(8, 8, new[] { 1, 1, 1, 1, 1, 1, 1, 1 })]
    [InlineData(8, 1, new[] { 8 })]
    [InlineData(5, 2, new[] { 3, 2 })]
    [InlineData(7, 3, new[] { 3, 2, 2 })]
    public void Positions_are_split_as_evenly_as_possible_larger_shares_first(int positions, int steps, int[] expected) =>
        Assert.Equal(expected, DiffusionSchedule.Split(positions, steps));

    [Fact]
    public void Blocks_are_filled_left_to_right_with_their_share_of_the_steps()
    {
        // L = 12, blocks of 4, S = 6: 3 blocks of 2 steps, each step committing 2 of its block's 4 positions.
        var schedule = new DiffusionSchedule(12, 6, 4);
        Assert.Equal(new StepInBlock(1, 4, 2), schedule.At(1));
        Assert.Equal(new StepInBlock(1, 4, 2), schedule.At(2));
        Assert.Equal(new StepInBlock(5, 8, 2), schedule.At(3));
        Assert.Equal(new StepInBlock(9, 12, 2), schedule.At(6));

        // L = 6 in one block, S = 4: shares 2, 2, 1, 1.
        var single = new DiffusionSchedule(6, 4, 6);
        Assert.Equal([2, 2, 1, 1], Enumerable.Range(1, 4).Select(s => single.At(s).Commits));
    }

    [Theory]
    [InlineData(12, 5, 4)]
    [InlineData(12, 15, 4)]
    [InlineData(12, 6, 5)]
    public void A_schedule_that_cannot_give_every_step_a_position_is_refused(int length, int steps, int blockLength) =>
        Assert.Throws<ArgumentException>(() => new DiffusionSchedule(length, steps, blockLength));

    [Fact]
    public void The_most_confident_draws_are_committed_and_ties_go_to_the_lower_position()
    {
        int[] masked = [2, 5, 7];
        int[] drawn = [10, 11, 12];

        // All equal: the two lowest positions.
        Assert.Equal([new TokenWrite(2, 10), new TokenWrite(5, 11)], DenoisingStep.Commit(masked, drawn, [0.5, 0.5, 0.5], 2));

        // 5 and 7 tie above 2: one commit goes to 5.
        Assert.Equal([new TokenWrite(5, 11)], DenoisingStep.Commit(masked, drawn, [0.2, 0.9, 0.9], 1));

        // The highest wins whatever its position; writes come out by position.
        Assert.Equal([new TokenWrite(2, 10), new TokenWrite(7, 12)], DenoisingStep.Commit(masked, drawn, [0.6, 0.1, 0.8], 2));
    }
}

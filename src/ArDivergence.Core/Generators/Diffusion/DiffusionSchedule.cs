namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// LLaDA's block schedule (semantics §11): L positions in blocks of <see cref="BlockLength"/>, filled left to
/// right; each block gets S / blocks steps, and its positions are split over them as evenly as possible, the
/// larger shares first. Lane step s (1-based) works in one block and commits <see cref="StepInBlock.Commits"/>
/// positions of it.
/// </summary>
public sealed class DiffusionSchedule
{
    private readonly int[] _shares;

    /// <param name="length">L.</param>
    /// <param name="steps">S, a multiple of the number of blocks, with 1 ≤ S / blocks ≤ block length.</param>
    /// <param name="blockLength">A divisor of L.</param>
    public DiffusionSchedule(int length, int steps, int blockLength)
    {
        if (length < 1 || blockLength < 1 || length % blockLength != 0)
        {
            throw new ArgumentException($"block length {blockLength} must divide L = {length}", nameof(blockLength));
        }

        var blocks = length / blockLength;
        if (steps % blocks != 0 || steps / blocks < 1 || steps / blocks > blockLength)
        {
            throw new ArgumentException($"{steps} steps cannot be spread over {blocks} blocks of {blockLength}", nameof(steps));
        }

        Length = length;
        Steps = steps;
        BlockLength = blockLength;
        StepsPerBlock = steps / blocks;
        _shares = Split(blockLength, StepsPerBlock);
    }

    public int Length { get; }

    public int Steps { get; }

    public int BlockLength { get; }

    public int StepsPerBlock { get; }

    /// <summary>n positions over <paramref name="parts"/> steps: ⌊n/parts⌋ each, the first n mod parts steps one more.</summary>
    public static int[] Split(int n, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var shares = new int[parts];
        for (var j = 0; j < parts; j++)
        {
            shares[j] = (n / parts) + (j < n % parts ? 1 : 0);
        }

        return shares;
    }

    /// <summary>Lane step <paramref name="step"/> (1..S): its block's positions and how many of them it commits.</summary>
    public StepInBlock At(int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, Steps);
        var block = (step - 1) / StepsPerBlock;
        var first = (block * BlockLength) + 1;
        return new StepInBlock(first, first + BlockLength - 1, _shares[(step - 1) % StepsPerBlock]);
    }
}

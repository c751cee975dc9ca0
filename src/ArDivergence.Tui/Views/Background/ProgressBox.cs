namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// The latest progress of a background job, read by the UI when it redraws. Unlike
/// <see cref="Progress{T}"/> it captures no synchronisation context and never posts.
/// </summary>
internal sealed class ProgressBox : IProgress<int>, IProgress<double>
{
    private int _step = -1;
    private long _fractionBits = BitConverter.DoubleToInt64Bits(-1);

    /// <summary>The latest step reported (continue reports t), or -1.</summary>
    public int Step => Volatile.Read(ref _step);

    /// <summary>The latest fraction reported (Monte Carlo reports 0..1), or -1.</summary>
    public double Fraction => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _fractionBits));

    public void Report(int value) => Volatile.Write(ref _step, value);

    public void Report(double value) => Interlocked.Exchange(ref _fractionBits, BitConverter.DoubleToInt64Bits(value));
}

using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Generators;

/// <summary>ε_t for t = 1..L (semantics §3).</summary>
public sealed class ErrorSchedule
{
    private readonly Func<int, double> _at;

    private ErrorSchedule(Func<int, double> at, bool isConstant)
    {
        _at = at;
        IsConstant = isConstant;
    }

    public bool IsConstant { get; }

    public double At(int t) => _at(t);

    public static ErrorSchedule Constant(double value) => new(_ => value, true);

    public static ErrorSchedule From(ErrorScheduleSpec spec, int length) => spec switch
    {
        ConstantErrorSpec constant => Constant(constant.Value),
        LinearErrorSpec linear => new ErrorSchedule(
            t => length <= 1 ? linear.From : linear.From + ((linear.To - linear.From) * (t - 1) / (length - 1)),
            linear.From == linear.To),
        ValuesErrorSpec values => new ErrorSchedule(
            t => values.Values[Math.Clamp(t - 1, 0, values.Values.Count - 1)],
            values.Values.Distinct().Count() == 1),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "unknown error schedule"),
    };
}

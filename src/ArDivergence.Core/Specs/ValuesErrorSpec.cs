namespace ArDivergence.Core.Specs;

/// <summary>ε_t = Values[t-1]; the last value repeats.</summary>
public sealed record ValuesErrorSpec(IReadOnlyList<double> Values) : ErrorScheduleSpec;

namespace ArDivergence.Core.Specs;

public sealed record ConstantErrorSpec(double Value) : ErrorScheduleSpec;

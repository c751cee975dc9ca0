namespace ArDivergence.Core.Specs;

/// <summary>ε_1 = From, ε_L = To, linear in between.</summary>
public sealed record LinearErrorSpec(double From, double To) : ErrorScheduleSpec;

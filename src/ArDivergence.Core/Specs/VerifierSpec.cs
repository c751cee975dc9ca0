namespace ArDivergence.Core.Specs;

/// <summary>
/// <c>verifier: {detect: d, false_alarm: f, retries: m}</c> on an autoregressive generator (semantics §13):
/// d = P(flag | invalid), f = P(flag | valid), m = the most redraws per token.
/// </summary>
public sealed record VerifierSpec(double Detect, double FalseAlarm, int Retries);

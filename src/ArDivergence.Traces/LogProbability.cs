namespace ArDivergence.Traces;

/// <summary>
/// Log-probabilities as servers write them. JSON has no −∞, so servers write a stand-in: vLLM −9999,
/// llama.cpp the lowest float (−3.4e38); both mean probability 0 (semantics §10).
/// </summary>
public static class LogProbability
{
    /// <summary>At or below this a logprob is a stand-in for −∞.</summary>
    public const double ZeroAtOrBelow = -9999;

    /// <summary>How far above 0 (or above 1 for a probability) rounding in a recording may go.</summary>
    public const double Slack = 1e-6;

    public static double ToProbability(double logprob) => logprob <= ZeroAtOrBelow ? 0 : Math.Min(1, Math.Exp(logprob));

    /// <summary>The logprob ardiv writes for a probability; null for 0 (JSON has no −∞).</summary>
    public static double? FromProbability(double probability) => probability <= 0 ? null : Math.Log(probability);
}

namespace ArDivergence.Core;

/// <summary>
/// A scenario or request goes beyond a stated limit (length, states, samples, state space…).
/// Raised before the work starts, instead of running out of memory or time.
/// </summary>
public sealed class ScenarioLimitException : Exception
{
    public ScenarioLimitException()
    {
    }

    public ScenarioLimitException(string message)
        : base(message)
    {
    }

    public ScenarioLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

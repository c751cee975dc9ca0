namespace ArDivergence.Core.Debugging;

/// <summary>A command that cannot apply to the session as it is (unknown lane, t out of range…).</summary>
public sealed class InvalidCommandException : Exception
{
    public InvalidCommandException()
    {
    }

    public InvalidCommandException(string message)
        : base(message)
    {
    }

    public InvalidCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

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

    /// <summary>The session's refusal to force a lane without <c>CanBranch</c>; the debugger shows the same words before asking for a token.</summary>
    public static string CannotBranch(string lane) => $"lane {lane} cannot branch, so no token can be forced in it";

    /// <summary>The refusal to force a position a masked-diffusion lane has already committed.</summary>
    public static string AlreadyCommitted(int position, int step) =>
        $"position {position} is already committed at step {step}; diffusion commits are final";

    /// <summary>The reason for a lane that replays recorded generations (a trace lane).</summary>
    public static string RecordingCannotBranch(string lane) =>
        $"lane {lane} replays a recorded generation, and a recording cannot branch: no token can be forced in it";

    /// <summary>The refusal to show another recorded generation in a lane that replays none.</summary>
    public static string NotRecorded(string lane) =>
        $"lane {lane} is not a trace lane: it generates its tokens, it has no recorded traces to show";
}

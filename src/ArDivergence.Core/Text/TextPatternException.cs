namespace ArDivergence.Core.Text;

/// <summary>
/// A regular expression outside the supported subset, or beyond a limit. <see cref="Offset"/> is the
/// 0-based index (in UTF-16 units) into the pattern where the problem starts, so that the loader can
/// point FILE:LINE:COL into the pattern itself.
/// </summary>
public sealed class TextPatternException : Exception
{
    public TextPatternException()
    {
    }

    public TextPatternException(string message)
        : base(message)
    {
    }

    public TextPatternException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TextPatternException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>Where in the pattern the problem starts (0-based, UTF-16 units).</summary>
    public int Offset { get; }
}

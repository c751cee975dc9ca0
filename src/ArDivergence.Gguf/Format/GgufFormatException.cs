namespace ArDivergence.Gguf.Format;

/// <summary>A file that is not a readable GGUF file; the message is one line, without the file name.</summary>
public sealed class GgufFormatException : Exception
{
    public GgufFormatException(string message)
        : base(message)
    {
    }

    public GgufFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public GgufFormatException()
    {
    }
}

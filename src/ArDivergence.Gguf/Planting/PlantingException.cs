namespace ArDivergence.Gguf.Planting;

/// <summary>A lane that cannot be planted (or is too large to); the message is one line naming the lane.</summary>
public sealed class PlantingException : Exception
{
    public PlantingException(string message)
        : base(message)
    {
    }

    public PlantingException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public PlantingException()
    {
    }
}

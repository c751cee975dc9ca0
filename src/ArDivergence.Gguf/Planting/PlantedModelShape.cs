namespace ArDivergence.Gguf.Planting;

/// <summary>
/// The hyperparameters of a planted model: the residual width is one dimension per previous-token
/// class (rounded up to whole 64-wide heads), one block, a small feed-forward width. Attention and
/// feed-forward weights are zero, so only the width matters for what the model computes.
/// </summary>
public sealed record PlantedModelShape(int EmbeddingLength, int VocabularySize)
{
    public const int HeadDimension = 64;
    public const int BlockCount = 1;
    public const int FeedForwardLength = 64;

    /// <summary>The spec's default `context: 4096` for gguf lanes fits without llama.cpp's "exceeds the training context" warning.</summary>
    public const int ContextLength = 4096;

    public const float RmsEpsilon = 1e-5f;

    /// <summary>The most previous-token classes planted (the width grows with them; 1024 gives files of tens of MB).</summary>
    public const int MaxClasses = 1024;

    public int HeadCount => EmbeddingLength / HeadDimension;

    public static PlantedModelShape For(int classes, int vocabularySize)
    {
        var width = Math.Max(HeadDimension, (classes + HeadDimension - 1) / HeadDimension * HeadDimension);
        return new PlantedModelShape(width, vocabularySize);
    }
}

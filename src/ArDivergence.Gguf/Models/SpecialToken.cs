namespace ArDivergence.Gguf.Models;

/// <summary>A special token's id and, when the file lists its tokens, its text.</summary>
public sealed record SpecialToken(ulong Id, string? Text);

namespace ArDivergence.Gguf.Planting;

/// <summary>A planted model on disk: its path, the SHA-256 of its bytes (hex), its size and whether this call wrote it.</summary>
public sealed record PlantedModelFile(string Path, string Sha256, long Size, bool Written);

namespace ArDivergence.Gguf.Format;

/// <summary>
/// The header of a GGUF file as read: version, metadata in file order, tensor infos, where the data
/// section starts and the file's size. Tensor data is not loaded (a model file may be gigabytes).
/// </summary>
public sealed record GgufFile(
    uint Version,
    IReadOnlyList<KeyValuePair<string, GgufValue>> Metadata,
    IReadOnlyList<GgufTensorInfo> Tensors,
    ulong Alignment,
    ulong DataOffset,
    ulong FileSize)
{
    /// <summary>The value of a key, or null.</summary>
    public GgufValue? this[string key] => Metadata.FirstOrDefault(entry => entry.Key == key).Value;

    public GgufTensorInfo? Tensor(string name) => Tensors.FirstOrDefault(t => t.Name == name);
}

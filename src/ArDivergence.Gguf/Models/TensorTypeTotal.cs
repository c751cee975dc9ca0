namespace ArDivergence.Gguf.Models;

/// <summary>The tensors of one storage type in a file: how many, their values and bytes (null when the type is unknown).</summary>
public sealed record TensorTypeTotal(string Type, int Tensors, ulong Parameters, ulong? Bytes);

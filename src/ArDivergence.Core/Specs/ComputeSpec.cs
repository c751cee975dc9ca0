namespace ArDivergence.Core.Specs;

/// <summary>Transformer shape for the compute model (semantics §5); null members take their defaults.</summary>
public sealed record ComputeSpec
{
    public int Layers { get; init; } = 12;
    public int DModel { get; init; } = 768;

    /// <summary>Default 4·d_model.</summary>
    public int? DFf { get; init; }

    /// <summary>Default d_model/64.</summary>
    public int? Heads { get; init; }

    /// <summary>Default: heads.</summary>
    public int? KvHeads { get; init; }

    public int BytesPerValue { get; init; } = 2;
    public bool KvCache { get; init; } = true;
    public double ThinkFlops { get; init; }
}

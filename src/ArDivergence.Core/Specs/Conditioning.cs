namespace ArDivergence.Core.Specs;

/// <summary>How a joint one-shot model behaves when called on a prefix (matters inside mpc).</summary>
public enum Conditioning
{
    /// <summary>Every call draws its own sequence error.</summary>
    PerCall,

    /// <summary>A call samples the model's own joint distribution conditioned on the prefix.</summary>
    Consistent,
}

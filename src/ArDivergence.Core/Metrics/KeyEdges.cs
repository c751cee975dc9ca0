namespace ArDivergence.Core.Metrics;

/// <summary>
/// Where one key's transitions sit in a <see cref="KeyTransitions"/> table: its edges are
/// Successors/Probabilities[First .. First + Count), and OffMass is the mass it sends off the manifold.
/// One struct per key so a step reads one cache line per key, not four arrays.
/// </summary>
internal struct KeyEdges
{
    public int First;
    public int Count;
    public double OffMass;

    /// <summary>The table generation the entry was built in; an entry of another generation is stale.</summary>
    public int BuiltIn;
}

namespace ArDivergence.Core.Specs;

/// <summary>A model that generates all positions of a call in one go.</summary>
public abstract record OneShotModelSpec
{
    public abstract string KindName { get; }
}

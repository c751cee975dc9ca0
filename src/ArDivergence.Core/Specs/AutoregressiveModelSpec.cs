namespace ArDivergence.Core.Specs;

public abstract record AutoregressiveModelSpec
{
    public abstract string KindName { get; }
}

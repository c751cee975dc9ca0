namespace ArDivergence.Core.Specs;

public abstract record AutoregressiveModelSpec
{
    public abstract string KindName { get; }

    /// <summary>Whether the model has its own tokenizer and so runs on a text manifold (gguf); synthetic models do not.</summary>
    public virtual bool ReadsText => false;
}

namespace ArDivergence.Core.Specs;

/// <summary>One lane of the debugger (semantics §3).</summary>
public abstract record GeneratorSpec(string Name)
{
    /// <summary>The kind as written in scenario files.</summary>
    public abstract string KindName { get; }

    /// <summary>On a text manifold: wrap the prompt in the lane's model's chat template (<c>chat: true</c>).</summary>
    public bool Chat { get; init; }
}

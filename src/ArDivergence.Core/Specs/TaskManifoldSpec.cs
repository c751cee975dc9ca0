namespace ArDivergence.Core.Specs;

/// <summary>A generated problem: the prompt comes from the seed and the length from the task.</summary>
public abstract record TaskManifoldSpec : ManifoldSpec
{
    /// <summary>The task's name as written in scenario files.</summary>
    public abstract string TaskName { get; }
}

namespace ArDivergence.Core.Tasks;

/// <summary>A path-star graph: a source with arms; the goal is the last node of one arm.</summary>
public sealed record PathStarInstance(
    IReadOnlyList<string> Prompt,
    IReadOnlyList<string> Continuation,
    string Source,
    IReadOnlyList<string> SourceNeighbours,
    IReadOnlyDictionary<string, string> NextOnArm) : TaskInstance(Prompt, Continuation);

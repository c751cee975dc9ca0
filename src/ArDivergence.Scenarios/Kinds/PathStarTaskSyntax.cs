using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{kind: task, task: path_star, degree, path_length, nodes}</c>.</summary>
internal sealed class PathStarTaskSyntax : IManifoldSyntax
{
    public string KindName => "task";

    public string? TaskName => "path_star";

    public KeySet Keys { get; } = new("path_star_task", "the path_star task", ["kind", "task", "degree", "path_length", "nodes", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => new PathStarTaskSpec(
        TaskMapper.Count(fields, "degree"),
        TaskMapper.Count(fields, "path_length"),
        TaskMapper.Count(fields, "nodes"));
}

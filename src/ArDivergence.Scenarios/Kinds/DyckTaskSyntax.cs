using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{kind: task, task: dyck, pairs: ["( )", ...], max_depth}</c>.</summary>
internal sealed class DyckTaskSyntax : IManifoldSyntax
{
    public string KindName => "task";

    public string? TaskName => "dyck";

    public KeySet Keys { get; } = new("dyck_task", "the dyck task", ["kind", "task", "pairs", "max_depth", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => TaskMapper.Dyck(fields);
}

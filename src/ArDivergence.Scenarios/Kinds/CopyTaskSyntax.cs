using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{kind: task, task: copy, alphabet, n}</c>.</summary>
internal sealed class CopyTaskSyntax : IManifoldSyntax
{
    public string KindName => "task";

    public string? TaskName => "copy";

    public KeySet Keys { get; } = new("copy_task", "the copy task", ["kind", "task", "alphabet", "n", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => new CopyTaskSpec(
        Tokens.List(fields.Context, fields.Reader.Required("alphabet"), fields.Reader.PathOf("alphabet")) ?? [],
        TaskMapper.Count(fields, "n"));
}

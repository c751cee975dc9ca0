using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{kind: task, task: addition, digits, reverse}</c>.</summary>
internal sealed class AdditionTaskSyntax : IManifoldSyntax
{
    public string KindName => "task";

    public string? TaskName => "addition";

    public KeySet Keys { get; } = new("addition_task", "the addition task", ["kind", "task", "digits", "reverse", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => new AdditionTaskSpec(
        TaskMapper.Count(fields, "digits"),
        fields.Bool("reverse") ?? false);
}

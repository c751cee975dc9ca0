using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{kind: task, task: hash_then_value, digits, hash_digits}</c>.</summary>
internal sealed class HashThenValueTaskSyntax : IManifoldSyntax
{
    public string KindName => "task";

    public string? TaskName => "hash_then_value";

    public KeySet Keys { get; } = new("hash_then_value_task", "the hash_then_value task", ["kind", "task", "digits", "hash_digits", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => new HashThenValueTaskSpec(
        TaskMapper.Count(fields, "digits"),
        TaskMapper.Count(fields, "hash_digits"));
}

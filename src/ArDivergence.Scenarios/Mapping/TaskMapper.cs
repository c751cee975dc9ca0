using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps <c>manifold: {kind: task, task: NAME, ...parameters}</c>. Counts must be positive here; whether
/// the parameters can work (path_star's node count, digit ranges) is Core's <c>ScenarioValidator</c>'s call.
/// </summary>
internal static class TaskMapper
{
    private enum TaskKind
    {
        Copy,
        Addition,
        HashThenValue,
        PathStar,
        Dyck,
    }

    private static readonly (string, TaskKind)[] Tasks =
    [
        ("copy", TaskKind.Copy), ("addition", TaskKind.Addition), ("hash_then_value", TaskKind.HashThenValue),
        ("path_star", TaskKind.PathStar), ("dyck", TaskKind.Dyck),
    ];

    public static TaskManifoldSpec? Map(MappingContext context, MappingNode mapping, string path)
    {
        var taskPath = SpecPath.Child(path, "task");
        var taskNode = mapping.Find("task")?.Value;
        if (taskNode is null)
        {
            context.Error(taskPath, mapping, $"missing required key 'task' in the manifold; expected one of {Values.Words(Tasks)}");
            return null;
        }

        return Values.Choice(context, taskNode, taskPath, Tasks) switch
        {
            TaskKind.Copy => MapCopy(new MapReader(context, mapping, path, ScenarioKeys.CopyTask), context),
            TaskKind.Addition => MapAddition(new MapReader(context, mapping, path, ScenarioKeys.AdditionTask), context),
            TaskKind.HashThenValue => MapHashThenValue(new MapReader(context, mapping, path, ScenarioKeys.HashThenValueTask), context),
            TaskKind.PathStar => MapPathStar(new MapReader(context, mapping, path, ScenarioKeys.PathStarTask), context),
            TaskKind.Dyck => MapDyck(new MapReader(context, mapping, path, ScenarioKeys.DyckTask), context),
            _ => null,
        };
    }

    private static CopyTaskSpec MapCopy(MapReader map, MappingContext context) => new(
        Tokens.List(context, map.Required("alphabet"), map.PathOf("alphabet")) ?? [],
        Count(map, context, "n"));

    private static AdditionTaskSpec MapAddition(MapReader map, MappingContext context) => new(
        Count(map, context, "digits"),
        Values.Bool(context, map.Optional("reverse"), map.PathOf("reverse")) ?? false);

    private static HashThenValueTaskSpec MapHashThenValue(MapReader map, MappingContext context) => new(
        Count(map, context, "digits"),
        Count(map, context, "hash_digits"));

    private static PathStarTaskSpec MapPathStar(MapReader map, MappingContext context) => new(
        Count(map, context, "degree"),
        Count(map, context, "path_length"),
        Count(map, context, "nodes"));

    private static DyckTaskSpec MapDyck(MapReader map, MappingContext context)
    {
        var pairsPath = map.PathOf("pairs");
        var items = Lists.Items(context, map.Required("pairs"), pairsPath, "bracket pairs like \"( )\"", nonEmpty: true) ?? [];
        var pairs = items.Select((item, i) => MapPair(context, item, SpecPath.Item(pairsPath, i))).ToList();
        return new DyckTaskSpec(pairs, Count(map, context, "max_depth"));
    }

    /// <summary>A pair is a two-token string (<c>"( )"</c>) or a two-item list (<c>["(", ")"]</c>).</summary>
    private static BracketPairSpec MapPair(MappingContext context, Node item, string path)
    {
        var tokens = item is MappingNode ? null : Tokens.List(context, item, path);
        if (item is MappingNode || (tokens is not null && tokens.Count != 2))
        {
            context.Error(path, item, $"{Values.Key(path)}: a bracket pair is two tokens, opening then closing, like \"( )\"; found {Found(item, tokens)}");
            return new BracketPairSpec(Tokens.Placeholder + "(", Tokens.Placeholder + ")");
        }

        return tokens is null
            ? new BracketPairSpec(Tokens.Placeholder + "(", Tokens.Placeholder + ")")
            : new BracketPairSpec(tokens[0], tokens[1]);
    }

    private static string Found(Node item, IReadOnlyList<string>? tokens) =>
        tokens is null ? item.Describe() : $"{tokens.Count} token{(tokens.Count == 1 ? "" : "s")}";

    /// <summary>A required positive count; 1 stands in when it is bad (the spec is not handed out then).</summary>
    private static int Count(MapReader map, MappingContext context, string key) =>
        Values.Int(context, map.Required(key), map.PathOf(key), min: 1) ?? 1;
}

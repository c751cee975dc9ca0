using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps <c>manifold: {kind: task, task: NAME, ...parameters}</c> by the <see cref="IManifoldSyntax"/> its <c>task</c>
/// names, and holds what the tasks' syntaxes share. Counts must be positive here; whether
/// the parameters can work (path_star's node count, digit ranges) is Core's <c>ScenarioValidator</c>'s call.
/// </summary>
internal static class TaskMapper
{
    public static TaskManifoldSpec? Map(MappingContext context, MappingNode mapping, string path)
    {
        var syntaxes = context.Format.Manifolds.Where(m => m.TaskName is not null).ToList();
        var tasks = syntaxes.Select((m, i) => (m.TaskName!, i)).ToList();
        var taskPath = SpecPath.Child(path, "task");
        var taskNode = mapping.Find("task")?.Value;
        if (taskNode is null)
        {
            context.Error(taskPath, mapping, $"missing required key 'task' in the manifold; expected one of {Values.Words(tasks)}");
            return null;
        }

        return Values.Choice(context, taskNode, taskPath, tasks) is { } chosen
            ? (TaskManifoldSpec)syntaxes[chosen].Map(new KindFields(context, new MapReader(context, mapping, path, syntaxes[chosen].Keys)))
            : null;
    }

    /// <summary>The dyck task: its bracket pairs and max_depth.</summary>
    public static DyckTaskSpec Dyck(KindFields fields)
    {
        var (context, map) = (fields.Context, fields.Reader);
        var pairsPath = map.PathOf("pairs");
        var items = Lists.Items(context, map.Required("pairs"), pairsPath, "bracket pairs like \"( )\"", nonEmpty: true) ?? [];
        var pairs = items.Select((item, i) => MapPair(context, item, SpecPath.Item(pairsPath, i))).ToList();
        return new DyckTaskSpec(pairs, Count(fields, "max_depth"));
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
    public static int Count(KindFields fields, string key) => fields.WholeNumber(key, required: true, min: 1) ?? 1;
}

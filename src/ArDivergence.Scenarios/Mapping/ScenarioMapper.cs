using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps the root mapping to a <see cref="ScenarioSpec"/>. It goes on after a mistake, putting defaults
/// or placeholders where values were bad, so that one run reports as many mistakes as possible; the spec
/// is only handed out when there were none. Null when no spec can be built at all (no manifold).
/// </summary>
internal static class ScenarioMapper
{
    private const string Expected = "a scenario is a mapping with at least name, manifold and generators";

    public static ScenarioSpec? Map(MappingContext context, Node root)
    {
        if (root is ScalarNode { Type: ScalarType.Null })
        {
            // "---" alone: a document without content. The parser places its empty scalar oddly; say it at the start.
            context.Error(SpecPath.Root, SourcePosition.FileStart, "the file is empty; " + Expected);
            return null;
        }

        if (root is not MappingNode mapping)
        {
            context.Error(SpecPath.Root, root, $"a scenario file is a mapping of keys (name: ..., manifold: ..., generators: ...), found {root.Describe()}");
            return null;
        }

        var map = new MapReader(context, mapping, SpecPath.Root, ScenarioKeys.Scenario);
        var name = Values.Name(context, map.Required("name"), "name");
        var title = Values.Text(context, map.Optional("title"), "title");
        var description = Values.Text(context, map.Optional("description"), "description");
        var seed = Values.Long(context, map.Optional("seed"), "seed", min: 0);
        var length = Values.Int(context, map.Optional("length"), "length", min: 1);
        var vocabulary = Tokens.List(context, map.Optional("vocabulary"), "vocabulary");
        var extraTokens = Tokens.List(context, map.Optional("extra_tokens"), "extra_tokens");
        var manifold = ManifoldMapper.Map(context, map.Required("manifold"), "manifold");

        // A text manifold's prompt is raw text (semantics §8); any other's is a list of tokens.
        var promptNode = map.Optional("prompt");
        var promptText = manifold is TextManifoldSpec && promptNode is ScalarNode ? TextScalars.Read(context, promptNode, "prompt", registerCharacters: false) : null;
        var prompt = promptText is null ? Tokens.List(context, promptNode, "prompt") : null;
        var generators = GeneratorMapper.MapAll(context, map.Required("generators"), "generators");
        var breakpoints = BreakpointMapper.MapAll(context, map.Optional("breakpoints"), "breakpoints");
        var display = MapDisplay(context, map.Optional("display"), "display");

        return manifold is null
            ? null
            : new ScenarioSpec
            {
                Name = name ?? "invalid-name",
                Title = title,
                Description = description,
                Seed = seed ?? 0,
                Length = length,
                Prompt = prompt,
                PromptText = promptText,
                Vocabulary = vocabulary,
                ExtraTokens = extraTokens ?? [],
                Manifold = manifold,
                Generators = generators,
                Breakpoints = breakpoints,
                Display = display,
            };
    }

    private static DisplaySpec MapDisplay(MappingContext context, Node? node, string path)
    {
        if (node is null)
        {
            return new DisplaySpec();
        }

        if (node is not MappingNode mapping)
        {
            context.Error(path, node, $"'display': expected a mapping like {{top_k: 5}}, found {node.Describe()}");
            return new DisplaySpec();
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.Display);
        var topK = Values.Int(context, map.Optional("top_k"), map.PathOf("top_k"), min: 1, max: 50);
        return topK is null ? new DisplaySpec() : new DisplaySpec { TopK = topK.Value };
    }
}

using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;
using ArDivergence.Traces;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// <c>{name, kind: trace, files: [GLOB, ...], format: auto}</c> (semantics §10): reads the recordings while
/// mapping, so a bad one is reported at the `files` key like any other mistake in the scenario.
/// </summary>
internal sealed class TraceSyntax : IGeneratorSyntax
{
    public string KindName => TraceGeneratorSpec.Kind;

    public KeySet Keys { get; } = new("trace_generator", "a trace generator", ["name", "kind", "files", "format"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["model"] = "a trace generator takes no 'model': it replays recorded generations (list them under 'files')",
        ["compute"] = "a trace generator takes no 'compute': a recording does not say what its model cost",
    };

    public GeneratorSpec Map(string name, KindFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var context = fields.Context;
        var filesPath = fields.Reader.PathOf("files");
        var filesNode = fields.Reader.Required("files");
        var globs = new List<string>();
        if (filesNode is Yaml.ScalarNode)
        {
            globs.Add(TextScalars.Read(context, filesNode, filesPath, registerCharacters: false) ?? "");
        }
        else if (Lists.Items(context, filesNode, filesPath, "file names or globs", nonEmpty: true) is { } items)
        {
            globs.AddRange(items.Select((item, i) => TextScalars.Read(context, item, SpecPath.Item(filesPath, i), registerCharacters: false) ?? ""));
        }

        var formatPath = fields.Reader.PathOf("format");
        var format = TraceFormats.Auto;
        if (fields.Reader.Optional("format") is { } formatNode && TextScalars.Read(context, formatNode, formatPath, false) is { } named)
        {
            if (TraceFormats.All.Contains(named))
            {
                format = named;
            }
            else
            {
                context.Error(formatPath, formatNode, $"format: unknown trace format '{named}' (known: {string.Join(", ", TraceFormats.All)})");
            }
        }

        var spec = new TraceGeneratorSpec(name, globs, format);
        if (filesNode is null || globs.Count == 0 || globs.Any(g => g.Length == 0) || context.HasErrorAtOrAbove(fields.Path))
        {
            return spec;
        }

        var (traces, problem) = TraceFiles.Read(context.Diagnostics.File, globs, format);
        if (problem is not null)
        {
            context.Error(filesPath, filesNode, $"files: {problem}");
        }

        return spec with { Traces = traces };
    }
}

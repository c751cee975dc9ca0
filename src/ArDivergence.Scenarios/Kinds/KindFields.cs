using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// A generator mapping's values, by key, for a kind's <see cref="IGeneratorSyntax.Map"/>: each read checks the
/// value's type and range and reports a mistake as a FILE:LINE:COL diagnostic (null comes back then). Unknown
/// keys are reported before the kind sees the mapping.
/// </summary>
public sealed class KindFields
{
    internal KindFields(MappingContext context, MapReader reader)
    {
        Context = context;
        Reader = reader;
    }

    /// <summary>The lane's spec path (<c>generators[2]</c>); a key's is <c>generators[2].KEY</c>.</summary>
    public string Path => Reader.Path;

    internal MappingContext Context { get; }

    internal MapReader Reader { get; }

    /// <summary>A token (a scalar without whitespace).</summary>
    public string? Token(string key, bool required = true) => Tokens.Token(Context, Node(key, required), Reader.PathOf(key));

    /// <summary>A name (of a lane, a state).</summary>
    public string? Name(string key, bool required = true) => Values.Name(Context, Node(key, required), Reader.PathOf(key));

    public int? WholeNumber(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue) =>
        Values.Int(Context, Node(key, required), Reader.PathOf(key), min, max);

    public double? Number(string key, double min, double max, bool required = false) =>
        Values.Number(Context, Node(key, required), Reader.PathOf(key), min, max);

    public bool? Bool(string key, bool required = false) => Values.Bool(Context, Node(key, required), Reader.PathOf(key));

    /// <summary>A <c>compute:</c> mapping (optional; GPT-2 small where left out).</summary>
    public ComputeSpec Compute(string key = "compute") => ComputeMapper.Map(Context, Reader.Optional(key), Reader.PathOf(key));

    private Yaml.Node? Node(string key, bool required) => required ? Reader.Required(key) : Reader.Optional(key);
}

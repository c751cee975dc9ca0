using YamlDotNet.Core;

namespace ArDivergence.Scenarios.Yaml;

internal sealed class ScalarNode(SourcePosition start, SourcePosition end, string value, ScalarStyle style) : Node(start)
{
    public SourcePosition End { get; } = end;
    public string Value { get; } = value;
    public ScalarStyle Style { get; } = style;

    /// <summary>The YAML 1.2 core-schema type: only plain scalars can be null, bool or numbers.</summary>
    public ScalarType Type => CoreSchema.Resolve(this);

    public override string Describe() => Type switch
    {
        ScalarType.Null => "null",
        ScalarType.Bool => Value,
        ScalarType.Int or ScalarType.Float => $"the number {MessageText.Quote(Value)}",
        _ => $"the string '{MessageText.Quote(Value)}'",
    };
}

namespace ArDivergence.Scenarios.Yaml;

/// <summary>A 1-based line and column in the scenario file.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition FileStart = new(1, 1);

    public static SourcePosition From(YamlDotNet.Core.Mark mark) =>
        new((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));
}

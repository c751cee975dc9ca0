namespace ArDivergence.Core.Generators;

public static class GeneratorKindNames
{
    /// <summary>The kind as scenario files and the JSON output spell it.</summary>
    public static string ToName(this GeneratorKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.Name;
    }
}

namespace ArDivergence.Core.Generators;

public static class GeneratorKindNames
{
    /// <summary>The kind as scenario files and the JSON output spell it.</summary>
    public static string ToName(this GeneratorKind kind) => kind switch
    {
        GeneratorKind.Autoregressive => "autoregressive",
        GeneratorKind.NonAutoregressive => "non_autoregressive",
        GeneratorKind.Mpc => "mpc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

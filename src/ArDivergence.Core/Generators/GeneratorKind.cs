namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane's kind as scenario files, outputs and the screen name it: an open set (a kind registered by a
/// descriptor outside Core is as good as a built-in one), so it is a value, not an enum.
/// </summary>
/// <param name="Name">As scenario files and the JSON output spell it (<c>non_autoregressive</c>).</param>
/// <param name="ShortLabel">The lane list's label when the full name does not fit (<c>NAR</c>).</param>
public sealed record GeneratorKind(string Name, string ShortLabel)
{
    public static GeneratorKind Autoregressive { get; } = new("autoregressive", "AR");

    public static GeneratorKind NonAutoregressive { get; } = new("non_autoregressive", "NAR");

    public static GeneratorKind Mpc { get; } = new("mpc", "MPC");

    /// <summary>The name in PascalCase (<c>NonAutoregressive</c>), as the text output printed the former enum.</summary>
    public override string ToString() =>
        string.Concat(Name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}

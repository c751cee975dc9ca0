namespace ArDivergence.Tui.Sweeps;

/// <summary>One `--set KEY=VALUES`: the key as given (it names the output column) and its values in order.</summary>
public sealed record SweepAxis(string Key, IReadOnlyList<string> Values)
{
    /// <summary>Parses <c>KEY=VALUES</c>; the exception's message says what is wrong.</summary>
    public static SweepAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"--set '{text}': write KEY=VALUES, e.g. length=10..100:10 or generators.ar.model.error=0.01,0.02");
        }

        var key = text[..equals].Trim();
        try
        {
            return new SweepAxis(key, SweepValues.Parse(text[(equals + 1)..].Trim()));
        }
        catch (FormatException bad)
        {
            throw new FormatException($"--set {key}: {bad.Message}", bad);
        }
    }
}

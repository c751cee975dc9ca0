namespace ArDivergence.Gguf.Planting;

/// <summary>
/// A lane's next-token conditionals as a function of the previous token alone: <see cref="Rows"/>
/// maps a previous token (a scenario token id, or <see cref="Start"/> for the start of an empty
/// prompt) to p(· | previous) over the scenario's vocabulary. Previous tokens that can never
/// precede a generated token have no row.
/// </summary>
public sealed record PreviousTokenConditionals(
    string ScenarioName,
    string LaneName,
    IReadOnlyList<string> Vocabulary,
    IReadOnlyDictionary<int, double[]> Rows)
{
    /// <summary>The previous "token" before the first step when the prompt is empty: the model's &lt;s&gt;.</summary>
    public const int Start = -1;
}

using ArDivergence.Core.Generators;
using ArDivergence.Core.Scenarios;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// Tokens as text, lane by lane: a lane on a text manifold has its own tokenizer (its ids mean nothing in the
/// scenario vocabulary, which a text scenario leaves empty); every other lane uses the scenario vocabulary.
/// </summary>
public static class LaneTokens
{
    /// <summary>How a real model's token outside the scenario's vocabulary is shown.</summary>
    public const string OutsideVocabularyText = "<not in V>";

    /// <summary>A token of the scenario vocabulary, or <see cref="OutsideVocabularyText"/>.</summary>
    public static string ScenarioText(CompiledScenario scenario, int token)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return token >= 0 && token < scenario.Vocabulary.Count ? scenario.Vocabulary[token] : OutsideVocabularyText;
    }

    /// <summary>A token of one lane (invalid UTF-8 of a byte token shows as U+FFFD).</summary>
    public static string Text(CompiledScenario scenario, string lane, int token)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Text(scenario, scenario.Generator(lane).Context, token);
    }

    /// <summary>A token of the lane whose context is <paramref name="context"/>.</summary>
    public static string Text(CompiledScenario scenario, GenerationContext context, int token)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TextTokens is { } own && token >= 0 && token < own.Count
            ? own.Text(token)
            : ScenarioText(scenario, token);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a token of the scenario vocabulary or of a text lane's tokenizer (of
    /// <paramref name="lane"/> only when given); a text lane's vocabulary is scanned, so this is for commands, not steps.
    /// </summary>
    public static bool IsToken(CompiledScenario scenario, string text, string? lane = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        return scenario.Vocabulary.TryGetId(text, out _)
            || scenario.Generators.Any(g => (lane is null || g.Name == lane) && g.Context.TextTokens is { } own
                && Enumerable.Range(0, own.Count).Any(id => own.Text(id) == text));
    }
}

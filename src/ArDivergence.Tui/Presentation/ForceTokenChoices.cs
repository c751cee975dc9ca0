using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// The tokens of one lane for pickers (the force dialog): its own tokenizer's on a text manifold
/// (<c>GenerationContext.TextTokens</c>), else the scenario vocabulary.
/// </summary>
public static class ForceTokenChoices
{
    public static IReadOnlyList<LaneToken> Of(SessionSnapshot snapshot, string lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var count = snapshot.Scenario.Generator(lane).Context.TextTokens?.Count ?? snapshot.Scenario.Vocabulary.Count;
        return [.. Enumerable.Range(0, count).Select(id => Token(snapshot, lane, id))];
    }

    /// <summary>
    /// One token. <see cref="LaneToken.Text"/> is what the session looks the token up by; <see cref="LaneToken.Shown"/>
    /// is the shared display form (<see cref="TokenDisplay"/>: escapes for bytes, spaces, control characters).
    /// </summary>
    public static LaneToken Token(SessionSnapshot snapshot, string lane, int id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = snapshot.TokenText(lane, id);
        return new LaneToken(id, text, TokenDisplay.Of(snapshot, lane, id));
    }
}

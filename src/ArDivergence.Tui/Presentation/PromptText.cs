using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// The prompt under the header, wrapped between tokens. When it needs more rows than it may have, its
/// start is left out ("…" first), so its end — the question the continuation answers, e.g. path-star's
/// source and goal — stays in sight; `i` shows the whole prompt.
/// </summary>
public static class PromptText
{
    /// <summary>
    /// The prompt as the screen shows it: the scenario vocabulary's tokens, or on a text manifold (where each lane
    /// tokenizes the prompt its own way) its words as written, newlines and other invisible characters escaped.
    /// </summary>
    public static IReadOnlyList<string> Tokens(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Scenario.Text is { } text)
        {
            return [.. text.Prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TokenDisplay.Of)];
        }

        return [.. snapshot.Scenario.Prompt.Select(token => TokenDisplay.Of(snapshot.TokenText(token)))];
    }

    /// <summary>A text lane's own tokens of the prompt (its chat template included), escaped; empty for other lanes.</summary>
    public static IReadOnlyList<string> LaneTokens(SessionSnapshot snapshot, string lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var context = snapshot.Scenario.Generator(lane).Context;
        return context.TextTokens is null ? [] : [.. context.Prompt.Select(token => TokenDisplay.Of(snapshot, lane, token))];
    }

    public static IReadOnlyList<string> Lines(IReadOnlyList<string> tokens, int width, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (width <= 0 || maxRows <= 0 || tokens.Count == 0)
        {
            return [];
        }

        var lines = Wrap(tokens, width);
        for (var skip = 1; lines.Count > maxRows && skip < tokens.Count; skip++)
        {
            lines = Wrap([TextCells.Ellipsis, .. tokens.Skip(skip)], width);
        }

        return lines.Count <= maxRows ? lines : [.. lines.TakeLast(maxRows - 1).Prepend(TextCells.Ellipsis)];
    }

    private static List<string> Wrap(IEnumerable<string> tokens, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var token in tokens.Select(t => TextCells.Fit(t, width)))
        {
            var candidate = line.Length == 0 ? token : line + " " + token;
            if (TextCells.Width(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            lines.Add(line);
            line = token;
        }

        lines.Add(line);
        return lines;
    }
}

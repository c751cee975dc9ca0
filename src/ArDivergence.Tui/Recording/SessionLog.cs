using System.Text.Json;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Reads a session log. A last line cut short (the process was killed while writing) is dropped and
/// reported; any other line that is not a JSON event makes the log unreadable.
/// </summary>
public sealed record SessionLog(IReadOnlyList<RecordedEvent> Events, bool TruncatedLastLine)
{
    public static SessionLog Read(string path, out string? problem)
    {
        problem = null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read {path}: {ex.Message}";
            return new SessionLog([], false);
        }

        var events = new List<RecordedEvent>();
        var truncated = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement.Clone();
                var kind = root.ValueKind == JsonValueKind.Object ? CommandCodec.Text(root, "Event") : null;
                if (kind is null)
                {
                    problem = $"{path}:{i + 1}: not a session event (no \"Event\" property)";
                    return new SessionLog(events, truncated);
                }

                events.Add(new RecordedEvent(i + 1, kind, root));
            }
            catch (JsonException) when (IsLastLine(lines, i))
            {
                truncated = true;
            }
            catch (JsonException ex)
            {
                problem = $"{path}:{i + 1}: not JSON ({ex.Message})";
                return new SessionLog(events, truncated);
            }
        }

        if (events.Count == 0 || events[0].Kind != SessionEvents.SessionStarted)
        {
            problem = $"{path}: not a session log (it does not start with a {SessionEvents.SessionStarted} event)";
        }

        return new SessionLog(events, truncated);
    }

    private static bool IsLastLine(string[] lines, int index) =>
        lines.Skip(index + 1).All(string.IsNullOrWhiteSpace);
}

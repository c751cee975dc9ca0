using System.Text.Json;

namespace ArDivergence.Tui.Recording;

/// <summary>One line of a session log: its 1-based line number, its kind and its properties.</summary>
public sealed record RecordedEvent(int Line, string Kind, JsonElement Properties);

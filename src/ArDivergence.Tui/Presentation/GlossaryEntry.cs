namespace ArDivergence.Tui.Presentation;

/// <summary>A column name, label or mark the screen shows, and one line saying what it measures.</summary>
public sealed record GlossaryEntry(string Term, string Meaning);

using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>A piece of a line in one role.</summary>
internal readonly record struct Segment(string Text, Role Role);

/// <summary>A scrollable page of text: the help screen, scenario info, a file's errors.</summary>
internal sealed class TextOverlay : Overlay
{
    private readonly Func<int, IReadOnlyList<IReadOnlyList<Segment>>> _lines;
    private readonly string[] _closeKeys;
    private int _scroll;
    private int _rows = 1;
    private int _count;

    private TextOverlay(IOverlayHost host, string title, Func<int, IReadOnlyList<IReadOnlyList<Segment>>> lines, params string[] closeKeys)
        : base(host)
    {
        Title = title;
        _lines = lines;
        _closeKeys = closeKeys;
    }

    public override string Title { get; }

    public override string Footer => _count > _rows ? "↑↓ PgUp PgDn scroll · Esc closes" : "Esc closes";

    /// <summary>The help screen, generated from the key table and the glossary (plus a few notes).</summary>
    public static TextOverlay Help(IOverlayHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new TextOverlay(host, "Help: ardiv keys", width => HelpLines(host.Keys, width), "F1", "?", "q");
    }

    public static IReadOnlyList<IReadOnlyList<Segment>> HelpLines(KeyTable keys, int width)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var lines = new List<IReadOnlyList<Segment>>();
        var keyWidth = keys.Bindings.Max(b => TextCells.Width(KeyTable.DisplayKeys(b)));
        var descriptionWidth = Math.Max(20, width - keyWidth - 4);
        foreach (var line in keys.HelpLines())
        {
            switch (line.Kind)
            {
                case HelpLineKind.Heading:
                    lines.Add([new Segment(line.Text, Role.Header)]);
                    break;
                case HelpLineKind.Blank:
                    lines.Add([]);
                    break;
                default:
                    var binding = line.Binding!;
                    var wrapped = TextCells.Wrap(binding.Description, descriptionWidth);
                    for (var i = 0; i < wrapped.Count; i++)
                    {
                        var keyText = i == 0 ? KeyTable.DisplayKeys(binding) : "";
                        lines.Add([new Segment("  " + keyText.PadRight(keyWidth) + "  ", Role.KeyName), new Segment(wrapped[i], Role.Normal)]);
                    }

                    break;
            }
        }

        void Section(string heading, params IReadOnlyList<(string Left, string Right)> rows)
        {
            lines.Add([]);
            lines.Add([new Segment(heading, Role.Header)]);
            foreach (var (left, right) in rows)
            {
                var wrapped = TextCells.Wrap(right, descriptionWidth);
                for (var i = 0; i < wrapped.Count; i++)
                {
                    lines.Add([new Segment("  " + (i == 0 ? left : "").PadRight(keyWidth) + "  ", Role.KeyName), new Segment(wrapped[i], Role.Normal)]);
                }
            }
        }

        Section("Columns and labels", [.. Glossary.Entries.Select(e => (e.Term, e.Meaning))]);
        Section(
            "Notes",
            ("force", "f (or Enter) lists the top-k of the step at the cursor, then every other token; with the cursor on the step to come (one past the latest) there is no distribution yet, so it lists the whole vocabulary. Forcing cuts the lane at that t; it branches and steps on from the forced prefix while the other lanes keep their tokens."),
            ("background", "continue, a seed change, opening a scenario and off_manifold (exact dynamic programming, Monte Carlo) run off the UI thread; keys keep working and Esc or Ctrl+C cancel them."),
            ("panes", "steps, top-k, chart and compute share the space below the lanes; v pages through them when they do not all fit (all four show from 110×34)."),
            ("recording", "every command of a session is recorded (ardiv replay); i shows where. --no-log turns it off."));
        return lines;
    }

    public static TextOverlay Info(IOverlayHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new TextOverlay(host, $"Scenario: {host.Snapshot.Scenario.Name}", width => InfoLines(host, width), "i", "q");
    }

    public static TextOverlay Diagnostics(IOverlayHost host, ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = source.Result.Diagnostics.Select(d => d.ToString()).ToArray();
        return CannotOpen(host, source.Path, $"{diagnostics.Length} error{(diagnostics.Length == 1 ? "" : "s")}; the current session is unchanged.", diagnostics);
    }

    /// <summary>A scenario that validated but could not be opened (a model file that does not load): the session stays.</summary>
    public static TextOverlay OpenError(IOverlayHost host, string path, string error) =>
        CannotOpen(host, path, "The current session is unchanged and still recording.", [error]);

    private static TextOverlay CannotOpen(IOverlayHost host, string path, string summary, IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new TextOverlay(
            host,
            $"Cannot open {path}",
            width =>
            [
                [new Segment(summary, Role.Normal)],
                [],
                .. errors.SelectMany(d => TextCells.Wrap(d, width)).Select(l => (IReadOnlyList<Segment>)[new Segment(l, Role.Error)]),
            ],
            "q",
            "Enter");
    }

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 118), Math.Min(screenHeight - 2, Math.Max(8, _lines(Math.Min(screenWidth - 2, 118) - 5).Count + 2)));

    public override void Draw(ICanvas canvas)
    {
        var lines = _lines(canvas.Width - 3);
        _rows = canvas.Height;
        _count = lines.Count;
        _scroll = Math.Clamp(_scroll, 0, Math.Max(0, lines.Count - canvas.Height));
        for (var row = 0; row < canvas.Height && _scroll + row < lines.Count; row++)
        {
            var column = 1;
            foreach (var segment in lines[_scroll + row])
            {
                column = canvas.Put(column, row, segment.Text, segment.Role);
            }
        }

        if (lines.Count > canvas.Height)
        {
            var more = _scroll + canvas.Height < lines.Count ? "▼" : " ";
            canvas.Write(canvas.Width - 1, canvas.Height - 1, more, Role.Dim);
            canvas.Write(canvas.Width - 1, 0, _scroll > 0 ? "▲" : " ", Role.Dim);
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_closeKeys.Contains(key.Name))
        {
            Close();
            return true;
        }

        var page = Math.Max(1, _rows - 1);
        var scroll = key.Name switch
        {
            "CursorUp" or "k" => _scroll - 1,
            "CursorDown" or "j" => _scroll + 1,
            "PageUp" => _scroll - page,
            "PageDown" or "Space" => _scroll + page,
            "Home" => 0,
            "End" => int.MaxValue / 2,
            _ => (int?)null,
        };
        if (scroll is null)
        {
            return false;
        }

        _scroll = Math.Clamp(scroll.Value, 0, Math.Max(0, _count - _rows));
        return true;
    }

    private static List<IReadOnlyList<Segment>> InfoLines(IOverlayHost host, int width)
    {
        var snapshot = host.Snapshot;
        var spec = snapshot.Scenario.Spec;
        var lines = new List<IReadOnlyList<Segment>>();
        void Text(string text, Role role = Role.Normal)
        {
            foreach (var line in TextCells.Wrap(text, width))
            {
                lines.Add([new Segment(line, role)]);
            }
        }

        Text(spec.Title ?? spec.Name, Role.Header);
        lines.Add([]);
        if (!string.IsNullOrWhiteSpace(spec.Description))
        {
            Text(spec.Description);
            lines.Add([]);
        }

        Text($"source {host.Session.Source.Path} · seed {snapshot.Seed} · L = {snapshot.Length} · top-k {snapshot.Scenario.TopK}", Role.Dim);
        if (PromptText.Tokens(snapshot) is { Count: > 0 } prompt)
        {
            Text("prompt: " + string.Join(' ', prompt), Role.Dim);
        }

        lines.Add([]);
        lines.Add([new Segment("Lanes", Role.Header)]);
        foreach (var lane in snapshot.Lanes)
        {
            Text($"  {lane.Name}: {lane.Kind.ToName()}, t = {lane.T}");
            if (PromptText.LaneTokens(snapshot, lane.Name) is { Count: > 0 } own)
            {
                // A text lane's prompt is its own tokenization (and chat template), not the words above.
                Text($"    prompt, {own.Count} tokens: {string.Join(' ', own)}", Role.Dim);
            }
        }

        lines.Add([]);
        lines.Add([new Segment("Breakpoints", Role.Header)]);
        if (snapshot.Breakpoints.Count == 0)
        {
            Text("  none (F9 adds one at the cursor, B opens the dialog)", Role.Dim);
        }

        foreach (var breakpoint in snapshot.Breakpoints)
        {
            Text($"  ● {breakpoint.Id}  {breakpoint.Describe()}");
        }

        lines.Add([]);
        lines.Add([new Segment("Recording", Role.Header)]);
        Text(host.Session.RecordingLocation is { } location ? $"  to {location}" : "  not recorded", Role.Normal);
        if (host.Session.RecordingWarning is { } warning)
        {
            Text("  " + warning, Role.Warning);
        }

        return lines;
    }
}

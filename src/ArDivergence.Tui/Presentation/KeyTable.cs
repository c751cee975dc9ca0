namespace ArDivergence.Tui.Presentation;

/// <summary>Everything a key can ask the terminal debugger to do.</summary>
public enum DebuggerAction
{
    Step,
    StepBack,
    Continue,
    Reset,
    Force,
    NextTrace,
    Seed,
    ToggleBreakpoint,
    Breakpoints,
    NextLane,
    PreviousLane,
    CursorUp,
    CursorDown,
    PageUp,
    PageDown,
    CursorFirst,
    CursorLatest,
    ScrollLeft,
    ScrollRight,
    NextPane,
    TopKLanes,
    MonteCarlo,
    ExportCharts,
    Browse,
    OpenFile,
    Info,
    Help,
    Quit,
    Cancel,
    Interrupt,
}

/// <summary>
/// One row of the key table: the keys (in Terminal.Gui's <c>Key.ToString()</c> spelling, e.g. "n",
/// "Shift+F10", "Ctrl+Q", "CursorUp"), what they do, the help group, and the short label the status
/// line shows (null: not on the status line).
/// </summary>
public sealed record KeyBinding(IReadOnlyList<string> Keys, DebuggerAction Action, string Group, string Description, string? Hint = null);

/// <summary>
/// The single source of truth for keys: it binds them, and it generates the help screen and the
/// status line, so the three can never disagree.
/// </summary>
public sealed class KeyTable
{
    private readonly Dictionary<string, KeyBinding> _byKey;

    public KeyTable(IReadOnlyList<KeyBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        Bindings = bindings;
        _byKey = new Dictionary<string, KeyBinding>(StringComparer.Ordinal);
        foreach (var binding in bindings)
        {
            foreach (var key in binding.Keys)
            {
                if (!_byKey.TryAdd(key, binding))
                {
                    throw new ArgumentException($"key {key} is bound twice ({_byKey[key].Action} and {binding.Action})", nameof(bindings));
                }
            }
        }
    }

    /// <summary>The debugger's keys (gdb's TUI, pudb and VS Code conventions: F10 step, F5 continue, F9 breakpoint).</summary>
    public static KeyTable Default { get; } = new(
    [
        new(["F10", "n"], DebuggerAction.Step, "Stepping", "Step: every lane generates its next token", "step"),
        new(["Shift+F10", "b"], DebuggerAction.StepBack, "Stepping", "Step back: undo the latest step", "back"),
        new(["F5", "c"], DebuggerAction.Continue, "Stepping", "Continue to the next breakpoint or the end (in the background; Esc cancels)", "continue"),
        new(["r"], DebuggerAction.Reset, "Stepping", "Reset every lane to t = 0 (same seed)"),
        new(["f", "Enter"], DebuggerAction.Force, "Stepping", "Force a token at the cursor from the step's top-k (at the next step: any token); the lane branches there. Masked diffusion: pick a masked position first, the next step commits it", "force"),
        new(["t"], DebuggerAction.NextTrace, "Stepping", "Trace lane: show its next recorded trace (after the last: the first), from t = 0"),
        new(["s"], DebuggerAction.Seed, "Stepping", "Change the seed (recompiles the scenario, back to t = 0)", "seed"),
        new(["F9"], DebuggerAction.ToggleBreakpoint, "Breakpoints", "Toggle a position breakpoint at the cursor's t", "break"),
        new(["B"], DebuggerAction.Breakpoints, "Breakpoints", "Breakpoints: list, delete, add conditional ones (off_manifold, token_error_above, path_off_above, off_manifold_above, position, token)"),
        new(["Tab"], DebuggerAction.NextLane, "Moving around", "Next lane (the step table, top-k and force follow it)", "lane"),
        new(["Shift+Tab"], DebuggerAction.PreviousLane, "Moving around", "Previous lane"),
        new(["CursorUp", "k"], DebuggerAction.CursorUp, "Moving around", "Cursor to the previous step"),
        new(["CursorDown", "j"], DebuggerAction.CursorDown, "Moving around", "Cursor to the next step (one past the latest is the step to come)"),
        new(["PageUp"], DebuggerAction.PageUp, "Moving around", "Cursor up a page"),
        new(["PageDown"], DebuggerAction.PageDown, "Moving around", "Cursor down a page"),
        new(["Home"], DebuggerAction.CursorFirst, "Moving around", "Cursor to t = 1"),
        new(["End"], DebuggerAction.CursorLatest, "Moving around", "Cursor to the latest step, and follow new steps"),
        new(["CursorLeft"], DebuggerAction.ScrollLeft, "Moving around", "Scroll the step table's columns left"),
        new(["CursorRight"], DebuggerAction.ScrollRight, "Moving around", "Scroll the step table's columns right"),
        new(["v"], DebuggerAction.NextPane, "Moving around", "Next pane (steps, top-k, chart, compute) when they do not all fit", "pane"),
        new(["a"], DebuggerAction.TopKLanes, "Moving around", "Top-k: every lane side by side (when there is room) or the focused lane only", "top-k"),
        new(["m"], DebuggerAction.MonteCarlo, "Sessions", "Run Monte Carlo for lanes whose exact off_manifold is out of reach (Esc cancels)"),
        new(["e"], DebuggerAction.ExportCharts, "Sessions", "Export the off_manifold chart and the compute bars as SVG and PNG beside the session's recording"),
        new(["o"], DebuggerAction.Browse, "Sessions", "Scenario browser: shipped scenarios, the .yaml files here and in ./scenarios", "open"),
        new(["Ctrl+O"], DebuggerAction.OpenFile, "Sessions", "Open a scenario file by path"),
        new(["i"], DebuggerAction.Info, "Sessions", "Scenario info: title, description, lanes, breakpoints, recording"),
        new(["F1", "?"], DebuggerAction.Help, "App", "Help: this screen", "help"),
        new(["q", "Ctrl+Q"], DebuggerAction.Quit, "App", "Quit", "quit"),
        new(["Esc"], DebuggerAction.Cancel, "App", "Close the dialog, or cancel what is running (never quits)"),
        new(["Ctrl+C"], DebuggerAction.Interrupt, "App", "Cancel what is running; quit when nothing is"),
    ]);

    public IReadOnlyList<KeyBinding> Bindings { get; }

    /// <summary>The action bound to a key (Terminal.Gui spelling), or null.</summary>
    public DebuggerAction? ActionFor(string key) => _byKey.TryGetValue(key, out var binding) ? binding.Action : null;

    public KeyBinding BindingFor(DebuggerAction action) => Bindings.First(b => b.Action == action);

    /// <summary>How a key is shown to people: "↑" for CursorUp, "PgUp" for PageUp.</summary>
    public static string Display(string key) => key switch
    {
        "CursorUp" => "↑",
        "CursorDown" => "↓",
        "CursorLeft" => "←",
        "CursorRight" => "→",
        "PageUp" => "PgUp",
        "PageDown" => "PgDn",
        _ => key,
    };

    /// <summary>"F10, n" for a binding.</summary>
    public static string DisplayKeys(KeyBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return string.Join(", ", binding.Keys.Select(Display));
    }

    /// <summary>The status line's hints, in table order, with the short keys only: ("F10/n", "step"), ("b", "back").</summary>
    public IReadOnlyList<(string Keys, string Label, DebuggerAction Action)> StatusHints() =>
    [
        .. Bindings.Where(b => b.Hint is not null).Select(b =>
            (string.Join("/", b.Keys.Select(Display).Where(k => k.Length <= 3).Take(2)), b.Hint!, b.Action)),
    ];

    /// <summary>The help screen's key section: a heading per group, then "keys   description" lines.</summary>
    public IReadOnlyList<HelpLine> HelpLines()
    {
        var width = Bindings.Max(b => DisplayKeys(b).Length);
        var lines = new List<HelpLine>();
        foreach (var group in Bindings.GroupBy(b => b.Group))
        {
            if (lines.Count > 0)
            {
                lines.Add(new HelpLine("", HelpLineKind.Blank));
            }

            lines.Add(new HelpLine(group.Key, HelpLineKind.Heading));
            lines.AddRange(group.Select(b => new HelpLine($"  {DisplayKeys(b).PadRight(width)}  {b.Description}", HelpLineKind.Binding, b)));
        }

        return lines;
    }
}

public enum HelpLineKind
{
    Heading,
    Binding,
    Blank,
}

/// <summary>One line of the help screen.</summary>
public sealed record HelpLine(string Text, HelpLineKind Kind, KeyBinding? Binding = null);

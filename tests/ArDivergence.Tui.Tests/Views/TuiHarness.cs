using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Background;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// The real debugger screen on a headless Terminal.Gui application (ANSI driver, virtual clock, no
/// terminal): keys go in through the driver's input injection, the screen is read back as text.
/// Background work (the session worker, off_manifold) runs on real threads; <see cref="Settle"/> waits
/// for it and pumps the results into the UI loop.
/// </summary>
internal sealed partial class TuiHarness : IDisposable
{
    private readonly AppUiThread _ui = new();
    private readonly SessionToken? _token;

    /// <param name="prepare">Changes the session before the debugger opens it (e.g. steps, or swaps a lane's curve for a test double).</param>
    /// <param name="format">The kinds the scenario may use (a test's own kind); the built-in ones when null.</param>
    public TuiHarness(
        string scenario = "is-ar-doomed",
        int width = 80,
        int height = 24,
        DebuggerOptions? options = null,
        long? seed = null,
        bool settle = true,
        Action<OpenSession>? prepare = null,
        ScenarioFormat? format = null)
    {
        var source = ScenarioSource.Load(scenario, format);
        Options = options ?? Defaults();
        Time = new VirtualTimeProvider();
        App = Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        _ui.Attach(App);
        var session = OpenSession.Open(source, Options.SessionOptions with { Seed = seed, Kinds = format?.Kinds ?? Options.SessionOptions.Kinds }, Options.RecorderFactory);
        prepare?.Invoke(session);
        Controller = new DebuggerController(session, Options, _ui);
        Controller.QuitRequested += () => QuitRequested = true;
        Screen = new DebuggerScreen(App, Controller, Theme.For(Options.NoColor));
        _token = App.Begin(Screen);
        if (settle)
        {
            Settle();
        }
        else
        {
            Pump();
        }
    }

    public VirtualTimeProvider Time { get; }

    public IApplication App { get; }

    public DebuggerOptions Options { get; }

    public DebuggerController Controller { get; }

    public DebuggerScreen Screen { get; }

    public bool QuitRequested { get; private set; }

    public SessionSnapshot Snapshot => Controller.Snapshot;

    /// <summary>The screen as text, one line per row.</summary>
    public string Text => App.Driver!.ToString() ?? "";

    public string[] Lines => Text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    public static DebuggerOptions Defaults() => new()
    {
        BrowseFolders = [],
        BusyIndicatorDelay = TimeSpan.Zero,
        MonteCarloSamples = 2_000,
    };

    /// <summary>Presses keys one after another, letting each one's work finish before the next.</summary>
    public TuiHarness Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
            Settle();
        }

        return this;
    }

    /// <summary>Presses keys back to back, as type-ahead or a paste delivers them (no pumping between), then settles.</summary>
    public TuiHarness PressTogether(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
        }

        Settle();
        return this;
    }

    /// <summary>Types text, one key per character.</summary>
    public TuiHarness Type(string text)
    {
        foreach (var c in text)
        {
            App.InjectKey(new Key(c));
        }

        Settle();
        return this;
    }

    /// <summary>Presses a key without waiting for the work it starts.</summary>
    public void PressNoWait(Key key)
    {
        App.InjectKey(key);
        Pump();
    }

    /// <summary>Waits for background work, runs what it posted to the UI loop, and draws.</summary>
    public void Settle()
    {
        // Each round lets one command's snapshot in; keys typed ahead then send the next command.
        for (var i = 0; i < 100; i++)
        {
            Assert.True(Controller.WaitIdle(TimeSpan.FromSeconds(30)), "background work did not finish");
            Pump();
            if (!Controller.IsWorking)
            {
                break;
            }
        }
    }

    /// <summary>Runs what background threads posted, and draws.</summary>
    public void Pump()
    {
        Time.Advance(TimeSpan.FromMilliseconds(10));
        App.TimedEvents!.RunTimers();
        App.LayoutAndDraw();
    }

    /// <summary>Pumps for <paramref name="duration"/> of virtual time, so timers due in it (the busy indicator's redraw) fire.</summary>
    public void PumpFor(TimeSpan duration)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += TimeSpan.FromMilliseconds(10))
        {
            Pump();
        }
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        App.LayoutAndDraw(true);
        Pump();
    }

    /// <summary>The row of the step table whose cursor marker (▸) is at t.</summary>
    public string CursorRow(int t) => TableRow(t, "▸");

    /// <summary>The row of the step table for t (after the "Steps ·" title).</summary>
    public string TableRow(int t, string marker = "[ ▸]")
    {
        var lines = Lines.SkipWhile(l => !l.Contains("─ Steps · ", StringComparison.Ordinal)).Skip(1);
        return lines.FirstOrDefault(l => Regex.IsMatch(l, $@"^.{marker}\s*{t}\s"))
            ?? throw new Xunit.Sdk.XunitException($"no step table row at t = {t}:\n{Text}");
    }

    /// <summary>The whitespace-separated words of a line (cells of a table row).</summary>
    public static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The text inside the top dialog's box (what is behind it left out), whitespace and borders collapsed.</summary>
    public string OverlayText
    {
        get
        {
            var lines = Lines;
            var top = Array.FindLastIndex(lines, l => l.Contains('┌', StringComparison.Ordinal));
            Assert.True(top >= 0, "no dialog on screen");
            var left = lines[top].IndexOf('┌', StringComparison.Ordinal);
            var right = lines[top].IndexOf('┐', StringComparison.Ordinal);
            var inside = lines.Skip(top + 1).TakeWhile(l => l.Length <= left || l[left] != '└').Select(l => l[(left + 1)..Math.Min(l.Length, right)]);
            return Collapse(string.Join("\n", inside));
        }
    }

    public static string Collapse(string text) => Whitespace().Replace(text.Replace('│', ' ').Replace('▼', ' ').Replace('▲', ' '), " ");

    public void Dispose()
    {
        if (_token is not null)
        {
            App.End(_token);
        }

        _ui.Detach();
        Controller.Dispose();
        Screen.Dispose();
        App.Dispose();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

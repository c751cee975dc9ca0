using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Background;
using BenchmarkDotNet.Attributes;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace ArDivergence.Benchmarks;

/// <summary>
/// Target 2 in the terminal UI: a key press (n) to a redrawn 120×40 screen at |V| = 50,000, on the
/// headless driver (no terminal I/O): the step runs on the session worker, its result is posted back
/// to the UI loop, and the whole screen is laid out and drawn.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends the instance through [GlobalCleanup]; it must not be sealed or disposable.")]
public class FrameBenchmarks
{
    private readonly AppUiThread _ui = new();
    private IApplication _app = null!;
    private DebuggerController _controller = null!;
    private DebuggerScreen _screen = null!;
    private VirtualTimeProvider _time = null!;
    private SessionToken? _token;

    [GlobalSetup]
    public void Setup()
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var folder = Directory.CreateTempSubdirectory("ardiv-frame");
        var path = Path.Combine(folder.FullName, "vocab-50k.yaml");
        File.WriteAllText(path, BenchmarkScenarios.LargeVocabulary());
        var options = new DebuggerOptions { BrowseFolders = [], BusyIndicatorDelay = TimeSpan.Zero };
        _time = new VirtualTimeProvider();
        _app = Application.Create(_time);
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(120, 40);
        _ui.Attach(_app);
        var session = OpenSession.Open(ScenarioSource.Load(path), options.SessionOptions, _ => NullSessionRecorder.Instance);
        _controller = new DebuggerController(session, options, _ui);
        _screen = new DebuggerScreen(_app, _controller, Theme.For(noColor: false));
        _token = _app.Begin(_screen);
        Settle();
    }

    [Benchmark]
    public void KeyToFrame()
    {
        if (_controller.Snapshot.Finished)
        {
            _app.InjectKey(Key.R);
            Settle();
        }

        _app.InjectKey(Key.N);
        Settle();
    }

    /// <summary>The same frame without a step: what drawing alone costs.</summary>
    [Benchmark]
    public void RedrawOnly()
    {
        _app.Driver!.ClearContents();
        _app.LayoutAndDraw(true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_app is null)
        {
            return;
        }

        if (_token is not null)
        {
            _app.End(_token);
        }

        _ui.Detach();
        _controller.Dispose();
        _screen.Dispose();
        _app.Dispose();
        _app = null!;
    }

    private void Settle()
    {
        _controller.WaitIdle(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromMilliseconds(10));
        _app.TimedEvents!.RunTimers();
        _app.LayoutAndDraw();
    }
}

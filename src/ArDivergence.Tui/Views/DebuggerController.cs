using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Background;
using ArDivergence.Tui.Views.Overlays;
using ArDivergence.Tui.Views.Rendering;
using ArDivergence.Tui.Views.State;

namespace ArDivergence.Tui.Views;

/// <summary>
/// The debugger's state and behaviour, without Terminal.Gui: keys come in as <see cref="KeyPress"/>es
/// and act through <see cref="ActionHandlers"/>; commands go to the session through the
/// <see cref="CommandRunner"/> (one at a time, off the UI thread, recorded by the driver); snapshots come
/// back, and each frame is an immutable <see cref="ScreenModel"/> of the state. A key that arrives while a
/// command's snapshot is still to come waits in the <see cref="TypeAheadQueue"/>, so every key acts on
/// the state the keys before it produced. Everything here runs on the UI thread.
/// </summary>
internal sealed class DebuggerController : IOverlayHost, IDisposable
{
    private readonly CommandRunner _runner;
    private readonly CurveTracker _curves;
    private readonly OverlayStack _overlays = new();
    private readonly TypeAheadQueue _waitingKeys = new();
    private readonly Dictionary<string, TokenStripLayout> _stripLayouts = new(StringComparer.Ordinal);
    private CursorState _view;
    private bool _disposed;

    public DebuggerController(OpenSession initial, DebuggerOptions options, IUiThread ui)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ui);
        Options = options;
        _runner = new CommandRunner(ui, options.NowMilliseconds);
        _runner.Settled += OnJobSettled;
        _curves = new CurveTracker(ui, options.MonteCarloSamples, options.NowMilliseconds);
        _curves.Changed += RaiseChanged;
        Session = initial;
        Message = StatusMessage.Greeting(initial);
        _view = CursorState.Start(initial.Snapshot);
        _curves.Restart(initial.Snapshot);
    }

    /// <summary>Something changed that the screen should redraw.</summary>
    public event Action? Changed;

    /// <summary>The user asked to quit.</summary>
    public event Action? QuitRequested;

    public DebuggerOptions Options { get; }

    public KeyTable Keys { get; } = KeyTable.Default;

    public OpenSession Session { get; private set; }

    public SessionSnapshot Snapshot => Session.Snapshot;

    public CurveSet Curves => _curves.Curves;

    public int FocusedLane => _view.FocusedLane;

    public LaneSnapshot Focused => _view.Focused(Snapshot);

    /// <summary>The step the cursor is on, 1..min(T + 1, L) of the focused lane (T + 1: the step to come).</summary>
    public int CursorT => _view.CursorT;

    /// <summary>Whether the cursor moves to each new latest step.</summary>
    public bool FollowLatest => _view.FollowLatest;

    /// <summary>Where the user is looking: lane, cursor, page, modes, column scroll.</summary>
    public CursorState View => _view;

    public StatusMessage? Message { get; private set; }

    public Overlay? Overlay => _overlays.Top;

    public bool IsQuitting { get; private set; }

    /// <summary>Work is running in the background (a command, or off_manifold being computed), or keys wait for a command's result.</summary>
    public bool IsWorking => _runner.IsBusy || _runner.HasUnsettled || Curves.AnyPending;

    /// <summary>Keys that arrived while a command ran; each acts once the snapshot before it is applied.</summary>
    public int WaitingKeys => _waitingKeys.Count;

    /// <summary>What runs in the background and how far it has got, once it has run long enough to mention; null when idle.</summary>
    public string? BusyText => BusyLine.Text(
        Options.NowMilliseconds(), Options.BusyIndicatorDelay, _runner.Current, _waitingKeys.Count, Snapshot, Curves, _curves.StartedAt);

    /// <summary>
    /// The frame to draw at this size: the state as an immutable model, completed for the size (layout,
    /// strips, step table window). The column scroll is clamped to what the frame can show here, before
    /// anything is drawn, so drawing changes nothing.
    /// </summary>
    public ScreenModel Frame(int width, int height)
    {
        var model = ScreenFrame.Build(
            new ScreenModel
            {
                Snapshot = Snapshot,
                Curves = Curves,
                FocusedLane = _view.FocusedLane,
                CursorT = _view.CursorT,
                Page = _view.Page,
                TopKAllLanes = _view.TopKAllLanes,
                ColumnScroll = _view.ColumnScroll,
                Message = Message,
                BusyText = BusyText,
                Recording = Session.RecordingLocation is not null,
                Keys = Keys,
                Overlay = Overlay,
            },
            width,
            height,
            StripLayout);
        _view = _view with { ColumnScroll = model.ColumnScroll };
        return model;
    }

    /// <summary>
    /// Takes a key: it acts now, or after the commands sent before it have brought their snapshots (then
    /// it is used whatever it turns out to be). False when nothing uses it.
    /// </summary>
    public bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Options.FailOnKey is { } failKey && key.Name == failKey)
        {
            throw new InvalidOperationException($"injected failure on key {failKey} (ARDIV_FAIL_ON_KEY)");
        }

        if (_waitingKeys.MustWait(key, _runner.HasUnsettled, _runner.IsRunningLong, Overlay is not null, Keys))
        {
            _waitingKeys.Add(key);
            RaiseChanged();
            return true;
        }

        return Route(key);
    }

    public void Do(DebuggerAction action)
    {
        ActionHandlers.Run(action, this);
        RaiseChanged();
    }

    /// <summary>Moves the view (cursor, lane, page, scroll, modes) by a pure step of <see cref="CursorState"/>.</summary>
    public void ChangeView(Func<CursorState, SessionSnapshot, CursorState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _view = change(_view, Snapshot);
    }

    public void RequestQuit()
    {
        if (IsQuitting)
        {
            return;
        }

        IsQuitting = true;
        _waitingKeys.Clear();
        _runner.CancelAll();
        _curves.Cancel();
        QuitRequested?.Invoke();
    }

    /// <summary>Cancels the running command (and the keys waiting for it), or else the off_manifold computation.</summary>
    public void CancelWork()
    {
        if (_runner.IsBusy)
        {
            var dropped = _waitingKeys.Clear();
            _runner.CancelAll();
            var keys = dropped > 0 ? $" and {dropped} waiting keys" : "";
            SetMessage($"cancelling {_runner.Current?.Label ?? "the queued commands"}{keys}…", MessageKind.Warning);
        }
        else if (Curves.AnyPending)
        {
            _curves.Cancel();
            SetMessage("off_manifold computation cancelled; m runs it again", MessageKind.Warning);
        }
    }

    public void Push(Overlay overlay)
    {
        _overlays.Push(overlay);
        RaiseChanged();
    }

    public void CloseOverlays()
    {
        _overlays.Clear();
        RaiseChanged();
    }

    public void SetMessage(string text, MessageKind kind)
    {
        Message = new StatusMessage(text, kind);
        RaiseChanged();
    }

    /// <summary>Sends a command to the session (through the worker and the recording driver).</summary>
    public void Execute(DebuggerCommand command, string label, bool isLong = false)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (IsQuitting)
        {
            return;
        }

        var session = Session;
        _runner.Submit(
            label,
            isLong,
            (cancellation, progress) => session.Driver.Execute(command, progress, cancellation),
            snapshot => OnSnapshot(session, command, snapshot));
        RaiseChanged();
    }

    public void ForceToken(string lane, int t, string token, int? tokenId)
    {
        _view = _view with { FollowLatest = true };
        Execute(new ForceTokenCommand(lane, t, token) { TokenId = tokenId }, "force");
    }

    public void SetSeed(long seed) => Execute(new SetSeedCommand(seed), "seed", isLong: true);

    public void AddBreakpoint(BreakpointKind kind, double? value, string? token, string? lane) =>
        Execute(new AddBreakpointCommand(kind, value, token, lane), "add breakpoint");

    public void RemoveBreakpoint(int id) => Execute(new RemoveBreakpointCommand(id), "remove breakpoint");

    /// <summary>Opens a scenario in place of the current one (in the background), or shows why it cannot load.</summary>
    public void OpenScenario(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Result.Succeeded)
        {
            Push(TextOverlay.Diagnostics(this, source));
            return;
        }

        _runner.CancelAll();
        var old = Session;
        var options = Options.SessionOptions;
        var recorders = Options.RecorderFactory;
        _runner.Submit(
            $"opening {source.Path}",
            isLong: true,
            (cancellation, _) => OpenOutcome.Open(source, options, recorders, old, cancellation),
            outcome =>
            {
                if (outcome.Session is { } next)
                {
                    SwitchTo(next);
                }
                else if (outcome.Error is { } error)
                {
                    SetMessage($"cannot open {source.Path}: {error.Message}", MessageKind.Error);
                    Push(TextOverlay.OpenError(this, source.Path, error.Message));
                }
            });
        RaiseChanged();
    }

    /// <summary>Runs work that is not a session command (writing files) on the worker; <paramref name="done"/> gets its result on the UI thread.</summary>
    public void RunInBackground<T>(string label, Func<T> work, Action<T> done) => _runner.Submit(label, isLong: false, (_, _) => work(), done);

    /// <summary>Waits until no command runs and the off_manifold computation is done (tests, shutdown).</summary>
    public bool WaitIdle(TimeSpan timeout) => _runner.WaitIdle(timeout) && _curves.WaitIdle(timeout);

    /// <summary>Stops the background work and ends the session's recording. Call on the UI thread after the loop ends.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _runner.CancelAll();
        _runner.Dispose();
        _curves.Dispose();
        Session.Driver.Dispose();
    }

    /// <summary>The off_manifold known at t for a lane (null: not known yet, or out of reach).</summary>
    public OffManifoldValue? OffManifold(int lane, int t) => Curves.Matches(Snapshot) ? Curves.For(lane)?.At(t) : null;

    public void RunMonteCarlo()
    {
        if (Curves.AnyPending)
        {
            SetMessage("off_manifold is being computed already (Esc cancels)", MessageKind.Info);
        }
        else if (!Curves.AnyNeedsMonteCarlo)
        {
            SetMessage("off_manifold is known for every lane and t; no Monte Carlo needed", MessageKind.Info);
        }
        else
        {
            _curves.Restart(Snapshot);
        }
    }

    /// <summary>The lane's token strip layout, kept between frames (see <see cref="TokenStripLayout"/>).</summary>
    private TokenStripLayout StripLayout(string lane)
    {
        if (!_stripLayouts.TryGetValue(lane, out var layout))
        {
            layout = new TokenStripLayout();
            _stripLayouts[lane] = layout;
        }

        return layout;
    }

    /// <summary>Routes a key now: to the open dialog, else through the key table. False when nothing uses it.</summary>
    private bool Route(KeyPress key)
    {
        if (Overlay is not null)
        {
            if (key.Name == "Ctrl+C")
            {
                Do(DebuggerAction.Interrupt);
                return true;
            }

            _overlays.Route(key);
            RaiseChanged();
            return true;
        }

        if (Keys.ActionFor(key.Name) is not { } action)
        {
            return false;
        }

        Do(action);
        return true;
    }

    /// <summary>A job's result is applied (or it was cancelled): the keys that waited for it act now, in order, until one sends a command.</summary>
    private void OnJobSettled()
    {
        while (!_runner.HasUnsettled && !IsQuitting && _waitingKeys.TryTake(out var key))
        {
            Route(key);
        }

        RaiseChanged();
    }

    private void OnSnapshot(OpenSession session, DebuggerCommand command, SessionSnapshot snapshot)
    {
        if (!ReferenceEquals(session, Session))
        {
            return;
        }

        var before = Session.Snapshot;
        Session.Snapshot = snapshot;
        if (snapshot.Hit is { } hit)
        {
            _view = _view with { FocusedLane = Math.Max(0, snapshot.Lanes.ToList().FindIndex(l => l.Name == hit.Lane)), FollowLatest = true };
        }

        Message = StatusMessage.After(command, before, snapshot);
        _view = _view.Settle(snapshot);
        if (!Curves.Matches(snapshot))
        {
            _curves.Restart(Snapshot);
        }

        RaiseChanged();
    }

    private void SwitchTo(OpenSession next)
    {
        Session = next;
        _view = CursorState.Start(next.Snapshot) with { TopKAllLanes = _view.TopKAllLanes };
        _overlays.Clear();
        Message = StatusMessage.Greeting(next);
        _curves.Restart(Snapshot);
        RaiseChanged();
    }

    private void RaiseChanged()
    {
        if (!_disposed)
        {
            Changed?.Invoke();
        }
    }
}

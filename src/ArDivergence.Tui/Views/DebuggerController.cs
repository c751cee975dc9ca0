using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Background;
using ArDivergence.Tui.Views.Overlays;
using ArDivergence.Tui.Views.Rendering;

namespace ArDivergence.Tui.Views;

internal enum MessageKind
{
    Info,
    Hit,
    Warning,
    Error,
}

/// <summary>The message line's text and what kind of news it is.</summary>
internal sealed record StatusMessage(string Text, MessageKind Kind);

/// <summary>
/// The debugger's state and behaviour, without Terminal.Gui: keys come in as <see cref="KeyPress"/>es,
/// commands go to the session through the <see cref="SessionWorker"/> (one at a time, off the UI
/// thread, recorded by the driver), snapshots come back and are what the screen draws. A key that
/// arrives while a command's snapshot is still to come waits for it (type-ahead, a paste, a slow link),
/// so every key acts on the state the keys before it produced. Everything here runs on the UI thread.
/// </summary>
internal sealed class DebuggerController : IDisposable
{
    public const int PageSize = 10;
    private const int MaxWaitingKeys = 64;
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly IUiThread _ui;
    private readonly SessionWorker _worker;
    private readonly CurveWorker _curveWorker;
    private readonly List<Overlay> _overlays = [];
    private readonly Queue<KeyPress> _waitingKeys = new();
    private int _unsettledJobs;
    private long _curveGeneration;
    private long _curvesStartedAt;
    private readonly Dictionary<string, TokenStripLayout> _stripLayouts = new(StringComparer.Ordinal);
    private bool _disposed;

    public DebuggerController(OpenSession initial, DebuggerOptions options, IUiThread ui)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ui);
        Options = options;
        _ui = ui;
        _worker = new SessionWorker(ui, options.NowMilliseconds);
        _curveWorker = new CurveWorker(ui, options.MonteCarloSamples);
        Session = initial;
        Message = Greeting(initial);
        Follow();
        RestartCurves();
    }

    /// <summary>Something changed that the screen should redraw.</summary>
    public event Action? Changed;

    /// <summary>The user asked to quit.</summary>
    public event Action? QuitRequested;

    public DebuggerOptions Options { get; }

    public KeyTable Keys { get; } = KeyTable.Default;

    public OpenSession Session { get; private set; }

    public SessionSnapshot Snapshot => Session.Snapshot;

    public CurveSet Curves { get; private set; } = CurveSet.Empty;

    public int FocusedLane { get; private set; }

    public LaneSnapshot Focused => Snapshot.Lanes[Math.Clamp(FocusedLane, 0, Snapshot.Lanes.Count - 1)];

    /// <summary>The step the cursor is on, 1..min(T + 1, L) of the focused lane (T + 1: the step to come).</summary>
    public int CursorT { get; private set; } = 1;

    /// <summary>Whether the cursor moves to each new latest step.</summary>
    public bool FollowLatest { get; private set; } = true;

    public int Page { get; private set; }

    /// <summary>The top-k pane shows every lane side by side (when there is room), else the focused lane.</summary>
    public bool TopKAllLanes { get; private set; } = true;

    public int ColumnScroll { get; private set; }

    public StatusMessage? Message { get; private set; }

    public Overlay? Overlay => _overlays.Count == 0 ? null : _overlays[^1];

    public bool IsQuitting { get; private set; }

    /// <summary>Work is running in the background (a command, or off_manifold being computed), or keys wait for a command's result.</summary>
    public bool IsWorking => _worker.IsBusy || _unsettledJobs > 0 || Curves.AnyPending;

    /// <summary>Keys that arrived while a command ran; each acts once the snapshot before it is applied.</summary>
    public int WaitingKeys => _waitingKeys.Count;

    /// <summary>What runs in the background and how far it has got, once it has run long enough to mention; null when idle.</summary>
    public string? BusyText
    {
        get
        {
            var now = Options.NowMilliseconds();
            var spinner = Spinner[(int)(now / 100 % Spinner.Length)];
            if (_worker.Current is { } job && now - job.StartedAt >= Options.BusyIndicatorDelay.TotalMilliseconds)
            {
                var step = job.Progress.Step;
                var progress = step >= 0 ? $" t {step}/{Snapshot.Length}" : "";
                var waiting = _waitingKeys.Count > 0 ? $" ({_waitingKeys.Count} keys wait)" : "";
                return $"{spinner} {job.Label}{progress}…{waiting} Esc cancels";
            }

            if (Curves.Lanes.FirstOrDefault(l => l.Phase == CurvePhase.MonteCarlo) is { } mc)
            {
                var name = Snapshot.Lanes.FirstOrDefault(l => ReferenceEquals(l.OffManifold, mc.Curve))?.Name ?? "";
                var percent = (int)Math.Round(mc.Progress * 100);
                return $"{spinner} Monte Carlo {name} ▕{Bars.Of(mc.Progress, 10).PadRight(10)}▏ {percent}% Esc cancels";
            }

            if (Curves.AnyPending && now - _curvesStartedAt >= Options.BusyIndicatorDelay.TotalMilliseconds)
            {
                return $"{spinner} computing off_manifold… Esc cancels";
            }

            return null;
        }
    }

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
                FocusedLane = FocusedLane,
                CursorT = CursorT,
                Page = Page,
                TopKAllLanes = TopKAllLanes,
                ColumnScroll = ColumnScroll,
                Message = Message,
                BusyText = BusyText,
                Recording = Session.RecordingLocation is not null,
                Keys = Keys,
                Overlay = Overlay,
            },
            width,
            height,
            StripLayout);
        ColumnScroll = model.ColumnScroll;
        return model;
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

        if ((_unsettledJobs > 0 || _waitingKeys.Count > 0) && !StopsTheRunningCommand(key))
        {
            if (_waitingKeys.Count < MaxWaitingKeys)
            {
                _waitingKeys.Enqueue(key);
            }

            RaiseChanged();
            return true;
        }

        return Route(key);
    }

    /// <summary>Routes a key now: to the open dialog, else through the key table. False when nothing uses it.</summary>
    private bool Route(KeyPress key)
    {
        if (Overlay is { } overlay)
        {
            if (key.Name == "Ctrl+C")
            {
                Do(DebuggerAction.Interrupt);
                return true;
            }

            if (!overlay.HandleKey(key) && key.Name == "Esc")
            {
                overlay.Close();
            }

            _overlays.RemoveAll(o => o.Closed);
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

    public void Do(DebuggerAction action)
    {
        switch (action)
        {
            case DebuggerAction.Step:
                Execute(new StepCommand(), "step");
                break;
            case DebuggerAction.StepBack:
                Execute(new StepBackCommand(), "step back");
                break;
            case DebuggerAction.Continue:
                Execute(new ContinueCommand(), "continue", isLong: true);
                break;
            case DebuggerAction.Reset:
                Execute(new ResetCommand(), "reset");
                break;
            case DebuggerAction.Force:
                OpenForce();
                break;
            case DebuggerAction.Seed:
                Push(new SeedOverlay(this));
                break;
            case DebuggerAction.ToggleBreakpoint:
                ToggleBreakpoint();
                break;
            case DebuggerAction.Breakpoints:
                Push(new BreakpointOverlay(this));
                break;
            case DebuggerAction.NextLane:
                FocusLane(FocusedLane + 1);
                break;
            case DebuggerAction.PreviousLane:
                FocusLane(FocusedLane - 1);
                break;
            case DebuggerAction.CursorUp:
                MoveCursor(-1);
                break;
            case DebuggerAction.CursorDown:
                MoveCursor(1);
                break;
            case DebuggerAction.PageUp:
                MoveCursor(-PageSize);
                break;
            case DebuggerAction.PageDown:
                MoveCursor(PageSize);
                break;
            case DebuggerAction.CursorFirst:
                MoveCursor(-CursorT);
                break;
            case DebuggerAction.CursorLatest:
                FollowLatest = true;
                Follow();
                break;
            case DebuggerAction.ScrollLeft:
                ColumnScroll = Math.Max(0, ColumnScroll - 1);
                break;
            case DebuggerAction.ScrollRight:
                ColumnScroll = Math.Min(StepTable.Columns.Count - 3, ColumnScroll + 1);
                break;
            case DebuggerAction.NextPane:
                Page++;
                break;
            case DebuggerAction.TopKLanes:
                TopKAllLanes = !TopKAllLanes;
                Message = new StatusMessage(TopKAllLanes ? "top-k shows every lane (a: the focused lane only)" : "top-k shows the focused lane (a: every lane)", MessageKind.Info);
                break;
            case DebuggerAction.MonteCarlo:
                RunMonteCarlo();
                break;
            case DebuggerAction.Browse:
                Push(new BrowserOverlay(this));
                break;
            case DebuggerAction.OpenFile:
                Push(new OpenFileOverlay(this));
                break;
            case DebuggerAction.Info:
                Push(TextOverlay.Info(this));
                break;
            case DebuggerAction.Help:
                Push(TextOverlay.Help(this));
                break;
            case DebuggerAction.Quit:
                RequestQuit();
                break;
            case DebuggerAction.Cancel:
                if (IsWorking)
                {
                    CancelWork();
                }
                else
                {
                    Message = new StatusMessage("nothing to cancel: Esc closes dialogs and cancels work; q quits", MessageKind.Info);
                }

                break;
            case DebuggerAction.Interrupt:
                if (IsWorking)
                {
                    CancelWork();
                }
                else
                {
                    RequestQuit();
                }

                break;
        }

        RaiseChanged();
    }

    public void RequestQuit()
    {
        if (IsQuitting)
        {
            return;
        }

        IsQuitting = true;
        _waitingKeys.Clear();
        _worker.CancelAll();
        _curveWorker.Cancel();
        QuitRequested?.Invoke();
    }

    /// <summary>Cancels the running command (and the keys waiting for it), or else the off_manifold computation.</summary>
    public void CancelWork()
    {
        if (_worker.IsBusy)
        {
            var dropped = _waitingKeys.Count;
            _waitingKeys.Clear();
            _worker.CancelAll();
            var keys = dropped > 0 ? $" and {dropped} waiting keys" : "";
            SetMessage($"cancelling {_worker.Current?.Label ?? "the queued commands"}{keys}…", MessageKind.Warning);
        }
        else if (Curves.AnyPending)
        {
            _curveWorker.Cancel();
            SetMessage("off_manifold computation cancelled; m runs it again", MessageKind.Warning);
        }
    }

    public void Push(Overlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        _overlays.Add(overlay);
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
        Submit(
            label,
            isLong,
            (cancellation, progress) => session.Driver.Execute(command, progress, cancellation),
            result => OnSnapshot(session, command, (SessionSnapshot)result!));
        RaiseChanged();
    }

    public void ForceToken(string lane, int t, string token)
    {
        FollowLatest = true;
        Execute(new ForceTokenCommand(lane, t, token), "force");
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

        _worker.CancelAll();
        var old = Session;
        var options = Options.SessionOptions;
        var recorders = Options.RecorderFactory;
        Submit(
            $"opening {source.Path}",
            isLong: true,
            (cancellation, _) =>
            {
                OpenSession next;
                try
                {
                    next = OpenSession.Open(source, options, recorders);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return ex;
                }

                if (cancellation.IsCancellationRequested)
                {
                    next.Driver.Dispose();
                    return null;
                }

                old.Driver.Dispose();
                return next;
            },
            result =>
            {
                switch (result)
                {
                    case OpenSession next:
                        SwitchTo(next);
                        break;
                    case Exception ex:
                        SetMessage($"cannot open {source.Path}: {ex.Message}", MessageKind.Error);
                        break;
                }
            });
        RaiseChanged();
    }

    /// <summary>Waits until no command runs and the off_manifold computation is done (tests, shutdown).</summary>
    public bool WaitIdle(TimeSpan timeout) => _worker.WaitIdle(timeout) && _curveWorker.WaitIdle(timeout);

    /// <summary>Stops the background work and ends the session's recording. Call on the UI thread after the loop ends.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _curveWorker.Cancel();
        _worker.CancelAll();
        _worker.Dispose();
        _curveWorker.Dispose();
        Session.Driver.Dispose();
    }

    /// <summary>The off_manifold known at t for a lane (null: not known yet, or out of reach).</summary>
    public Core.Metrics.OffManifoldValue? OffManifold(int lane, int t) => Curves.Matches(Snapshot) ? Curves.For(lane)?.At(t) : null;

    public bool OffManifoldPending(int lane) => !Curves.Matches(Snapshot) || (Curves.For(lane)?.Pending ?? true);

    /// <summary>How far the lane's off_manifold work (exact through t = L, or a Monte Carlo run) has got, 0..1; null when none runs.</summary>
    public double? OffManifoldProgress(int lane) => Curves.Matches(Snapshot) && Curves.For(lane) is { Pending: true } curve ? curve.Progress : null;

    private static StatusMessage? Greeting(OpenSession session)
    {
        if (session.RecordingWarning is { } warning)
        {
            return new StatusMessage($"recording: {warning}", MessageKind.Warning);
        }

        if (session.Snapshot.Message is { } message)
        {
            return new StatusMessage(message, session.Snapshot.Hit is null ? MessageKind.Info : MessageKind.Hit);
        }

        return session.RecordingLocation is { } location
            ? new StatusMessage($"recording to {location}", MessageKind.Info)
            : new StatusMessage("n or F10 steps, c continues, ? shows every key", MessageKind.Info);
    }

    /// <summary>Hands a job to the worker; keys that arrive before its result is applied wait for it.</summary>
    private void Submit(string label, bool isLong, Func<CancellationToken, ProgressBox, object?> work, Action<object?> done)
    {
        _unsettledJobs++;
        _worker.Enqueue(new WorkerJob(label, isLong, work, done) { Settled = OnJobSettled });
    }

    /// <summary>A job's result is applied (or it was cancelled): the keys that waited for it act now, in order, until one sends a command.</summary>
    private void OnJobSettled()
    {
        _unsettledJobs--;
        while (_unsettledJobs == 0 && _waitingKeys.Count > 0 && !IsQuitting)
        {
            Route(_waitingKeys.Dequeue());
        }

        RaiseChanged();
    }

    /// <summary>
    /// While a long command (continue, seed, open) runs, Esc and Ctrl+C act at once (they cancel it, or close
    /// a dialog), and q or Ctrl+Q quit at once when no key waits before them: waiting for the end of what
    /// they stop would defeat them.
    /// </summary>
    private bool StopsTheRunningCommand(KeyPress key)
    {
        if (!_worker.IsRunningLong)
        {
            return false;
        }

        if (Overlay is not null)
        {
            return key.Name is "Esc" or "Ctrl+C";
        }

        return Keys.ActionFor(key.Name) switch
        {
            DebuggerAction.Cancel or DebuggerAction.Interrupt => true,
            DebuggerAction.Quit => _waitingKeys.Count == 0,
            _ => false,
        };
    }

    private void OnSnapshot(OpenSession session, DebuggerCommand command, SessionSnapshot snapshot)
    {
        if (!ReferenceEquals(session, Session))
        {
            return;
        }

        var before = Session.Snapshot;
        Session.Snapshot = snapshot;
        var failed = snapshot.Version == before.Version;
        if (snapshot.Hit is { } hit)
        {
            FocusedLane = Math.Max(0, snapshot.Lanes.ToList().FindIndex(l => l.Name == hit.Lane));
            FollowLatest = true;
            Message = new StatusMessage("■ " + hit.Describe(), MessageKind.Hit);
        }
        else if (snapshot.Message is { } text)
        {
            Message = new StatusMessage(text, failed ? MessageKind.Warning : MessageKind.Info);
        }
        else if (command is StepCommand && before.Finished)
        {
            Message = new StatusMessage($"every lane is at t = L = {snapshot.Length}: b steps back, r resets", MessageKind.Info);
        }
        else
        {
            Message = null;
        }

        if (FollowLatest)
        {
            Follow();
        }
        else
        {
            ClampCursor();
        }

        if (!Curves.Matches(snapshot))
        {
            RestartCurves();
        }

        RaiseChanged();
    }

    private void SwitchTo(OpenSession next)
    {
        Session = next;
        FocusedLane = 0;
        FollowLatest = true;
        Page = 0;
        ColumnScroll = 0;
        _overlays.Clear();
        Message = Greeting(next);
        Follow();
        RestartCurves();
        RaiseChanged();
    }

    private void RestartCurves(bool monteCarlo = true)
    {
        var snapshot = Snapshot;
        var curves = snapshot.Lanes.Select(l => l.OffManifold).ToArray();
        _curvesStartedAt = Options.NowMilliseconds();
        _curveGeneration = _curveWorker.Start(curves, snapshot.Length, monteCarlo, set =>
        {
            if (set.Generation == _curveGeneration && !_disposed)
            {
                Curves = set;
                RaiseChanged();
            }
        });
        Curves = new CurveSet(
            [.. curves.Select(c => new LaneCurve(c, new Core.Metrics.OffManifoldValue?[snapshot.Length + 1], CurvePhase.Computing, 0))],
            _curveGeneration);
    }

    private void RunMonteCarlo()
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
            RestartCurves();
        }
    }

    private void FocusLane(int index)
    {
        var count = Snapshot.Lanes.Count;
        FocusedLane = ((index % count) + count) % count;
        if (FollowLatest)
        {
            Follow();
        }
        else
        {
            ClampCursor();
        }
    }

    private int MaxCursor => Math.Max(1, Math.Min(Focused.T + 1, Focused.Length));

    private void Follow() => CursorT = Math.Clamp(Focused.T, 1, MaxCursor);

    private void ClampCursor() => CursorT = Math.Clamp(CursorT, 1, MaxCursor);

    private void MoveCursor(int delta)
    {
        CursorT = Math.Clamp(CursorT + delta, 1, MaxCursor);
        FollowLatest = CursorT >= Focused.T;
    }

    private void ToggleBreakpoint()
    {
        var t = CursorT;
        var existing = Snapshot.Breakpoints.Where(b => b.Kind == BreakpointKind.Position && b.Value is double v && (int)v == t).ToArray();
        if (existing.Length == 0)
        {
            AddBreakpoint(BreakpointKind.Position, t, null, null);
            return;
        }

        foreach (var breakpoint in existing)
        {
            RemoveBreakpoint(breakpoint.Id);
        }
    }

    private void OpenForce()
    {
        var lane = Focused;
        if (CursorT > lane.Length)
        {
            SetMessage($"{lane.Name} is complete (t = L = {lane.Length}); move the cursor up to force an earlier token", MessageKind.Warning);
            return;
        }

        Push(new ForceOverlay(this, lane.Name, CursorT));
    }

    private void RaiseChanged()
    {
        if (!_disposed)
        {
            Changed?.Invoke();
        }
    }
}

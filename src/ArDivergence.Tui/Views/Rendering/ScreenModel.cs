using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Background;
using ArDivergence.Tui.Views.Overlays;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// Everything one frame shows, fixed for that frame: the session's snapshot, the off_manifold curves, the
/// view state (focused lane, cursor, page, scroll, modes), the message and busy line, the open dialog,
/// and what follows from the screen size (<see cref="ScreenFrame.Build"/>: layout, token strips, the step
/// table's window). Panes render it and nothing else; they cannot change what they draw from.
/// </summary>
internal sealed record ScreenModel
{
    public required SessionSnapshot Snapshot { get; init; }

    public CurveSet Curves { get; init; } = CurveSet.Empty;

    public int FocusedLane { get; init; }

    /// <summary>The step the cursor is on, 1..min(T + 1, L) of the focused lane (T + 1: the step to come).</summary>
    public int CursorT { get; init; } = 1;

    public int Page { get; init; }

    public bool TopKAllLanes { get; init; } = true;

    /// <summary>The step table's horizontal scroll, already clamped to what the frame can show.</summary>
    public int ColumnScroll { get; init; }

    public StatusMessage? Message { get; init; }

    public string? BusyText { get; init; }

    public bool Recording { get; init; }

    public KeyTable Keys { get; init; } = KeyTable.Default;

    public Overlay? Overlay { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public ScreenLayout Layout { get; init; } = ScreenLayout.Compute(0, 0, false, 0);

    public IReadOnlyList<string> PromptLines { get; init; } = [];

    /// <summary>Each lane's token strip laid out at its width (empty where there is no room or no token).</summary>
    public IReadOnlyList<IReadOnlyList<PlacedToken>> Strips { get; init; } = [];

    /// <summary>The step table's rows and columns on screen; null when the table is not shown or has no step.</summary>
    public StepWindow? Steps { get; init; }

    public LaneSnapshot Focused => Snapshot.Lanes[Math.Clamp(FocusedLane, 0, Snapshot.Lanes.Count - 1)];

    /// <summary>"v: page 2/4" in pane titles when the panes do not all fit.</summary>
    public string? PageHint => Layout.Pages > 1 ? $"v: page {Layout.Page + 1}/{Layout.Pages}" : null;

    /// <summary>The off_manifold known at t for a lane (null: not known yet, or out of reach).</summary>
    public OffManifoldValue? OffManifold(int lane, int t) => Curves.Matches(Snapshot) ? Curves.For(lane)?.At(t) : null;

    public bool OffManifoldPending(int lane) => !Curves.Matches(Snapshot) || (Curves.For(lane)?.Pending ?? true);

    /// <summary>How far the lane's off_manifold work has got, 0..1; null when none runs.</summary>
    public double? OffManifoldProgress(int lane) => Curves.Matches(Snapshot) && Curves.For(lane) is { Pending: true } curve ? curve.Progress : null;

    /// <summary>Position breakpoints that apply to a lane, by t.</summary>
    public IReadOnlySet<int> PositionBreakpoints(string lane) => Snapshot.Breakpoints
        .Where(b => b.Kind == Core.Specs.BreakpointKind.Position && (b.Lane is null || b.Lane == lane) && b.Value is not null)
        .Select(b => (int)b.Value!.Value)
        .ToHashSet();
}

using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Views.State;

/// <summary>
/// Where the user is looking: the focused lane, the cursor's step, whether it follows new steps, the pane
/// page, the top-k mode and the step table's column scroll. Each move returns a new state (a key in, a
/// state out), so the rules are tested without a screen.
/// </summary>
internal sealed record CursorState
{
    /// <summary>How far PageUp and PageDown move the cursor.</summary>
    public const int PageSize = 10;

    public int FocusedLane { get; init; }

    /// <summary>The step the cursor is on, 1..min(T + 1, L) of the focused lane (T + 1: the step to come).</summary>
    public int CursorT { get; init; } = 1;

    /// <summary>Whether the cursor moves to each new latest step.</summary>
    public bool FollowLatest { get; init; } = true;

    public int Page { get; init; }

    /// <summary>The top-k pane shows every lane side by side (when there is room), else the focused lane.</summary>
    public bool TopKAllLanes { get; init; } = true;

    public int ColumnScroll { get; init; }

    /// <summary>The start of a session: first lane, following the latest step.</summary>
    public static CursorState Start(SessionSnapshot snapshot) => new CursorState().Follow(snapshot);

    public LaneSnapshot Focused(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Lanes[Math.Clamp(FocusedLane, 0, snapshot.Lanes.Count - 1)];
    }

    /// <summary>After a new snapshot: to the latest step when following, else kept in range.</summary>
    public CursorState Settle(SessionSnapshot snapshot) => FollowLatest ? Follow(snapshot) : Clamp(snapshot);

    /// <summary>The cursor to the focused lane's latest step, and following from now on.</summary>
    public CursorState Latest(SessionSnapshot snapshot) => (this with { FollowLatest = true }).Follow(snapshot);

    public CursorState Move(int delta, SessionSnapshot snapshot)
    {
        var cursor = Math.Clamp(CursorT + delta, 1, MaxCursor(snapshot));
        return this with { CursorT = cursor, FollowLatest = cursor >= Focused(snapshot).T };
    }

    public CursorState First(SessionSnapshot snapshot) => Move(-CursorT, snapshot);

    /// <summary>Focuses a lane by index, wrapping around at both ends.</summary>
    public CursorState FocusLane(int index, SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var count = snapshot.Lanes.Count;
        return (this with { FocusedLane = ((index % count) + count) % count }).Settle(snapshot);
    }

    /// <summary>Scrolls the step table's optional columns; the frame clamps the right end to what fits.</summary>
    public CursorState ScrollColumns(int delta, int columns) => this with { ColumnScroll = Math.Clamp(ColumnScroll + delta, 0, Math.Max(0, columns - 3)) };

    private CursorState Follow(SessionSnapshot snapshot) => this with { CursorT = Math.Clamp(Focused(snapshot).T, 1, MaxCursor(snapshot)) };

    private CursorState Clamp(SessionSnapshot snapshot) => this with { CursorT = Math.Clamp(CursorT, 1, MaxCursor(snapshot)) };

    private int MaxCursor(SessionSnapshot snapshot)
    {
        var lane = Focused(snapshot);
        return Math.Max(1, Math.Min(lane.T + 1, lane.Length));
    }
}

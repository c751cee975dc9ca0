using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Overlays;

namespace ArDivergence.Tui.Views;

/// <summary>
/// What each action of the key table does, one line each, in the key table's order. The key table
/// (<see cref="KeyTable"/>) stays the one source of keys, help and status line; this is the one place an
/// action's behaviour starts (no switch elsewhere).
/// </summary>
internal static class ActionHandlers
{
    private static readonly Dictionary<DebuggerAction, Action<DebuggerController>> Handlers = new()
    {
        [DebuggerAction.Step] = c => c.Execute(new StepCommand(), "step"),
        [DebuggerAction.StepBack] = c => c.Execute(new StepBackCommand(), "step back"),
        [DebuggerAction.Continue] = c => c.Execute(new ContinueCommand(), "continue", isLong: true),
        [DebuggerAction.Reset] = c => c.Execute(new ResetCommand(), "reset"),
        [DebuggerAction.Force] = OpenForce,
        [DebuggerAction.NextTrace] = NextTrace,
        [DebuggerAction.Seed] = c => c.Push(new SeedOverlay(c)),
        [DebuggerAction.ToggleBreakpoint] = ToggleBreakpoint,
        [DebuggerAction.Breakpoints] = c => c.Push(new BreakpointOverlay(c)),
        [DebuggerAction.NextLane] = c => c.ChangeView((s, snapshot) => s.FocusLane(s.FocusedLane + 1, snapshot)),
        [DebuggerAction.PreviousLane] = c => c.ChangeView((s, snapshot) => s.FocusLane(s.FocusedLane - 1, snapshot)),
        [DebuggerAction.CursorUp] = c => c.ChangeView((s, snapshot) => s.Move(-1, snapshot)),
        [DebuggerAction.CursorDown] = c => c.ChangeView((s, snapshot) => s.Move(1, snapshot)),
        [DebuggerAction.PageUp] = c => c.ChangeView((s, snapshot) => s.Move(-State.CursorState.PageSize, snapshot)),
        [DebuggerAction.PageDown] = c => c.ChangeView((s, snapshot) => s.Move(State.CursorState.PageSize, snapshot)),
        [DebuggerAction.CursorFirst] = c => c.ChangeView((s, snapshot) => s.First(snapshot)),
        [DebuggerAction.CursorLatest] = c => c.ChangeView((s, snapshot) => s.Latest(snapshot)),
        [DebuggerAction.ScrollLeft] = c => c.ChangeView((s, _) => s.ScrollColumns(-1, StepTable.Columns.Count)),
        [DebuggerAction.ScrollRight] = c => c.ChangeView((s, _) => s.ScrollColumns(1, StepTable.Columns.Count)),
        [DebuggerAction.NextPane] = c => c.ChangeView((s, _) => s with { Page = s.Page + 1 }),
        [DebuggerAction.TopKLanes] = ToggleTopK,
        [DebuggerAction.MonteCarlo] = c => c.RunMonteCarlo(),
        [DebuggerAction.ExportCharts] = ChartExport.Run,
        [DebuggerAction.Browse] = c => c.Push(new BrowserOverlay(c)),
        [DebuggerAction.OpenFile] = c => c.Push(new OpenFileOverlay(c)),
        [DebuggerAction.Info] = c => c.Push(TextOverlay.Info(c)),
        [DebuggerAction.Help] = c => c.Push(TextOverlay.Help(c)),
        [DebuggerAction.Quit] = c => c.RequestQuit(),
        [DebuggerAction.Cancel] = Cancel,
        [DebuggerAction.Interrupt] = c => (c.IsWorking ? (Action)c.CancelWork : c.RequestQuit)(),
    };

    /// <summary>The actions that have a handler (every one, checked by a test).</summary>
    public static IReadOnlyCollection<DebuggerAction> Handled => Handlers.Keys;

    public static void Run(DebuggerAction action, DebuggerController controller) => Handlers[action](controller);

    private static void ToggleTopK(DebuggerController c)
    {
        c.ChangeView((s, _) => s with { TopKAllLanes = !s.TopKAllLanes });
        c.SetMessage(c.View.TopKAllLanes ? "top-k shows every lane (a: the focused lane only)" : "top-k shows the focused lane (a: every lane)", MessageKind.Info);
    }

    private static void Cancel(DebuggerController c)
    {
        if (c.IsWorking)
        {
            c.CancelWork();
        }
        else
        {
            c.SetMessage("nothing to cancel: Esc closes dialogs and cancels work; q quits", MessageKind.Info);
        }
    }

    private static void ToggleBreakpoint(DebuggerController c)
    {
        var t = c.CursorT;
        var existing = c.Snapshot.Breakpoints.Where(b => b.Kind == BreakpointKind.Position && b.Value is double v && (int)v == t).ToArray();
        if (existing.Length == 0)
        {
            c.AddBreakpoint(BreakpointKind.Position, t, null, null);
            return;
        }

        foreach (var breakpoint in existing)
        {
            c.RemoveBreakpoint(breakpoint.Id);
        }
    }

    private static void NextTrace(DebuggerController c)
    {
        var lane = c.Focused;
        if (!lane.OffManifold.IsRecorded)
        {
            // The session would refuse it too; saying so here needs no round trip through the worker.
            c.SetMessage(InvalidCommandException.NotRecorded(lane.Name), MessageKind.Warning);
            return;
        }

        c.Execute(new ShowTraceCommand(lane.Name), "next trace");
    }

    private static void OpenForce(DebuggerController c)
    {
        var lane = c.Focused;
        if (lane.PositionForce is { } positions)
        {
            OpenPositionForce(c, lane, positions);
            return;
        }

        if (!lane.Capabilities.HasFlag(LaneCapabilities.CanBranch))
        {
            // The session would refuse the token anyway; asking for it first would waste the user's typing.
            c.SetMessage(lane.OffManifold.IsRecorded
                ? InvalidCommandException.RecordingCannotBranch(lane.Name)
                : InvalidCommandException.CannotBranch(lane.Name), MessageKind.Warning);
            return;
        }

        if (c.CursorT > lane.Length)
        {
            c.SetMessage($"{lane.Name} is complete (t = L = {lane.Length}); move the cursor up to force an earlier token", MessageKind.Warning);
            return;
        }

        c.Push(new ForceOverlay(c, lane.Name, c.CursorT));
    }

    /// <summary>A lane that forces positions (masked diffusion) takes the token in its next step: a position first, not the cursor's step.</summary>
    private static void OpenPositionForce(DebuggerController c, LaneSnapshot lane, PositionForce positions)
    {
        if (positions.Offered.Count == 0)
        {
            c.SetMessage(lane.Finished
                ? $"{lane.Name} is complete: every position is committed, and diffusion commits are final"
                : $"{lane.Name} has no masked position its next step could commit", MessageKind.Warning);
            return;
        }

        c.Push(new ForcePositionOverlay(c, lane.Name, positions));
    }
}

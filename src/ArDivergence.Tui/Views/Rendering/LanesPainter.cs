using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// The lanes side by side: name and kind, t/L, on or off the manifold, off_manifold at t, and the tokens
/// so far (latest reversed, cursor underlined, off-manifold ✗, forced ↳).
/// </summary>
internal static class LanesPainter
{
    public static void Draw(ICanvas canvas, DebuggerController controller)
    {
        var lanes = controller.Snapshot.Lanes;
        var count = lanes.Count;
        var width = (canvas.Width - (count - 1)) / count;
        for (var i = 0; i < count; i++)
        {
            var x = i * (width + 1);
            var w = i == count - 1 ? canvas.Width - x : width;
            if (i > 0)
            {
                for (var row = 0; row < canvas.Height; row++)
                {
                    canvas.Write(x - 1, row, "│", Role.Border);
                }
            }

            DrawLane(canvas.Region(new Area(x, 0, w, canvas.Height)), controller, i);
        }
    }

    /// <summary>
    /// off_manifold at the lane's t in the step table's format ("0.0490", "0.207 ±0.008 (mc)"), "…" while it
    /// is computed, "-" when out of reach.
    /// </summary>
    public static string OffManifoldShort(DebuggerController controller, int laneIndex, int t)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (t == 0)
        {
            return "0";
        }

        var snapshot = controller.Snapshot;
        var step = snapshot.Lanes[laneIndex].Steps[t - 1];
        return StepTable.OffManifoldCell(StepRow.From(snapshot, step, controller.OffManifold(laneIndex, t)), controller.OffManifoldPending(laneIndex));
    }

    private static void DrawLane(ICanvas canvas, DebuggerController controller, int index)
    {
        var snapshot = controller.Snapshot;
        var lane = snapshot.Lanes[index];
        var focused = index == controller.FocusedLane;

        canvas.ClearRow(0, focused ? Role.Focus : Role.Normal);
        var name = (focused ? "▶ " : "  ") + lane.Name;
        var full = ScreenPainter.KindLabel(lane.Kind, full: true);
        var kind = TextCells.Width(name) + TextCells.Width(full) + 2 <= canvas.Width ? full : ScreenPainter.KindLabel(lane.Kind, full: false);
        canvas.Write(0, 0, TextCells.Fit(name, canvas.Width - TextCells.Width(kind) - 1), focused ? Role.Focus : Role.Header);
        canvas.Write(canvas.Width - TextCells.Width(kind) - 1, 0, kind, focused ? Role.Focus : Role.Dim);

        var x = canvas.Put(1, 1, $"t {lane.T}/{lane.Length}", Role.Normal);
        var firstOff = lane.FirstOff();
        x = firstOff is null
            ? canvas.Put(x + 1, 1, StepTable.ValidMark, Role.Valid)
            : canvas.Put(x + 1, 1, $"{StepTable.InvalidMark}@{firstOff.T}", Role.Invalid);
        var value = OffManifoldShort(controller, index, lane.T);
        if (value == StepTable.Pending && controller.OffManifoldProgress(index) is double done)
        {
            value += $" {(int)(done * 100)}%";
        }

        // One label at every width (the glossary explains it); without room for it, the value alone.
        var label = Glossary.LaneOffManifold;
        if (x + 1 + TextCells.Width(label) + 1 + TextCells.Width(value) < canvas.Width)
        {
            x = canvas.Put(x + 1, 1, label, Role.Dim);
        }

        canvas.Write(x + 1, 1, value, Role.Normal);

        if (DrawStrip(canvas.Region(new Area(1, 2, canvas.Width - 2, canvas.Height - 2)), controller, lane, focused))
        {
            canvas.Write(canvas.Width - 1, 2, "↑", Role.Dim);
        }
    }

    /// <summary>Draws the tokens; true when earlier rows are scrolled out of sight.</summary>
    private static bool DrawStrip(ICanvas canvas, DebuggerController controller, LaneSnapshot lane, bool focused)
    {
        if (canvas.Height <= 0)
        {
            return false;
        }

        if (lane.T == 0)
        {
            canvas.Write(0, 0, "no tokens yet", Role.Dim);
            return false;
        }

        var placed = controller.StripLayout(lane.Name).Update(controller.Snapshot, lane, canvas.Width);
        var lastRow = placed[^1].Row;
        var cursor = focused ? placed.FirstOrDefault(p => p.Token.T == controller.CursorT) : null;
        var target = cursor?.Row ?? lastRow;
        var first = Math.Max(0, lastRow - canvas.Height + 1);
        if (target < first)
        {
            first = target;
        }

        var breakpoints = controller.Snapshot.Breakpoints
            .Where(b => b.Kind == BreakpointKind.Position && (b.Lane is null || b.Lane == lane.Name) && b.Value is not null)
            .Select(b => (int)b.Value!.Value)
            .ToHashSet();
        foreach (var token in placed)
        {
            var row = token.Row - first;
            if (row < 0 || row >= canvas.Height)
            {
                continue;
            }

            var role = token.Token.T == lane.T
                ? token.Token.OnManifold ? Role.Latest : Role.LatestInvalid
                : cursor is not null && token.Token.T == cursor.Token.T ? Role.Cursor
                : !token.Token.OnManifold ? Role.Invalid
                : token.Token.Forced ? Role.Forced
                : breakpoints.Contains(token.Token.T) ? Role.Breakpoint
                : Role.Valid;
            canvas.Write(token.Column, row, token.Label, role);
        }

        return first > 0;
    }
}

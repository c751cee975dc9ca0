using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// The lanes side by side: name and kind, t/L, on or off the manifold, off_manifold at t, and the tokens
/// so far (latest reversed, cursor underlined, off-manifold ✗, forced ↳).
/// </summary>
internal sealed class LanesPane : IPane
{
    public static LanesPane Instance { get; } = new();

    /// <summary>Where lane <paramref name="index"/> of <paramref name="count"/> starts and how wide it is (the last takes what is left).</summary>
    public static (int X, int Width) Column(int totalWidth, int count, int index)
    {
        var width = (totalWidth - (count - 1)) / count;
        var x = index * (width + 1);
        return (x, index == count - 1 ? totalWidth - x : width);
    }

    /// <summary>
    /// off_manifold at the lane's t in the step table's format ("0.0490", "0.207 ±0.008 (mc)"), "…" while it
    /// is computed, "-" when out of reach.
    /// </summary>
    public static string OffManifoldShort(ScreenModel model, int laneIndex, int t)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (t == 0)
        {
            return "0";
        }

        var snapshot = model.Snapshot;
        var step = snapshot.Lanes[laneIndex].Steps[t - 1];
        return StepTable.OffManifoldCell(StepRow.From(snapshot, step, model.OffManifold(laneIndex, t), snapshot.Lanes[laneIndex].Name), model.OffManifoldPending(laneIndex));
    }

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var count = model.Snapshot.Lanes.Count;
        for (var i = 0; i < count; i++)
        {
            var (x, w) = Column(canvas.Width, count, i);
            if (i > 0)
            {
                for (var row = 0; row < canvas.Height; row++)
                {
                    canvas.Write(x - 1, row, "│", Role.Border);
                }
            }

            DrawLane(canvas.Region(new Area(x, 0, w, canvas.Height)), model, i);
        }
    }

    private static void DrawLane(ICanvas canvas, ScreenModel model, int index)
    {
        var lane = model.Snapshot.Lanes[index];
        var focused = index == model.FocusedLane;

        canvas.ClearRow(0, focused ? Role.Focus : Role.Normal);
        var name = (focused ? "▶ " : "  ") + lane.Name;
        var full = ScreenPainter.KindLabel(lane.Kind, full: true);
        var shortLabel = ScreenPainter.KindLabel(lane.Kind, full: false);
        if (lane.OffManifold.Recording is { } recording)
        {
            // A trace lane says which of its recordings it steps through.
            full = $"trace {recording.Shown + 1}/{recording.Samples}";
            shortLabel = $"{recording.Shown + 1}/{recording.Samples}";
        }

        // A real model's lane also names its model and file size, where there is room.
        var realModel = ModelLabel.Of(model.Snapshot.Scenario.Generators.FirstOrDefault(g => g.Name == lane.Name));
        string[] labels = realModel is null ? [full, shortLabel] : [$"{full} · {realModel}", $"{shortLabel} · {realModel}", full, shortLabel];
        var kind = labels.FirstOrDefault(l => TextCells.Width(name) + TextCells.Width(l) + 2 <= canvas.Width) ?? shortLabel;
        canvas.Write(0, 0, TextCells.Fit(name, canvas.Width - TextCells.Width(kind) - 1), focused ? Role.Focus : Role.Header);
        canvas.Write(canvas.Width - TextCells.Width(kind) - 1, 0, kind, focused ? Role.Focus : Role.Dim);

        var x = canvas.Put(1, 1, $"t {lane.T}/{lane.Length}", Role.Normal);
        var firstOff = lane.FirstOff();
        x = firstOff is null
            ? canvas.Put(x + 1, 1, StepTable.ValidMark, Role.Valid)
            : canvas.Put(x + 1, 1, $"{StepTable.InvalidMark}@{firstOff.T}", Role.Invalid);
        var value = OffManifoldShort(model, index, lane.T);
        if (value == StepTable.Pending && model.OffManifoldProgress(index) is double done)
        {
            value += $" {(int)(done * 100)}%";
        }

        // One label at every width (the glossary explains it); without room for it, the value alone. A real
        // model's decode time goes before the label.
        var label = Glossary.LaneOffManifold;
        var decode = DecodeShort(lane);
        var decodeWidth = decode is null ? 0 : 1 + TextCells.Width(decode);
        if (x + 1 + TextCells.Width(label) + 1 + TextCells.Width(value) + decodeWidth < canvas.Width)
        {
            x = canvas.Put(x + 1, 1, label, Role.Dim);
        }

        x = canvas.Put(x + 1, 1, value, Role.Normal);
        if (decode is not null)
        {
            // Before lb: a real model's lane has no exact process, so its lb is "-" anyway.
            x = PutIfRoom(canvas, x, decode);
        }

        x = PutIfRoom(canvas, x, LecunBoundShort(lane));
        if (lane.Tolerance > 0)
        {
            PutIfRoom(canvas, x, $"{Glossary.LaneTolerance} {Math.Min(lane.InvalidSoFar, lane.Tolerance + 1)}/{lane.Tolerance}");
        }

        var strip = index < model.Strips.Count ? model.Strips[index] : [];
        var stripHeight = canvas.Height - 2;
        var shown = focused && model.CursorT >= 1 && model.CursorT <= lane.T ? model.CursorT : lane.T;
        if (stripHeight >= 2 && shown >= 1 && PlanLine.Of(model.Snapshot, lane.Name, lane.Steps[shown - 1]) is { Count: > 0 } plan)
        {
            // An mpc lane's plan (kept, then rolled back) on the strip's last row.
            stripHeight--;
            DrawPlan(canvas.Region(new Area(1, canvas.Height - 1, canvas.Width - 2, 1)), plan);
        }

        if (DrawStrip(canvas.Region(new Area(1, 2, canvas.Width - 2, stripHeight)), model, lane, strip, focused))
        {
            canvas.Write(canvas.Width - 1, 2, "↑", Role.Dim);
        }
    }

    /// <summary>"lb 0.6340", "lb n/a" (e_min = 0) or "lb -" (no exact process, or not computed yet): only what is known, never computed here.</summary>
    public static string LecunBoundShort(LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        var bound = LecunBoundSummary.Of(lane.OffManifold, compute: false);
        var text = bound.Status switch
        {
            LecunBoundSummary.Applies => bound.Text,
            LecunBoundSummary.DoesNotApply => "n/a",
            _ => ColumnText.Absent,
        };
        return $"{Glossary.LaneLecunBound} {text}";
    }

    /// <summary>"dec 3.21ms": the wall time of the model decodes of the lane's latest step; null for a simulated lane.</summary>
    public static string? DecodeShort(LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        return lane.T > 0 ? DecodeShort(lane.Steps[lane.T - 1]) : null;
    }

    /// <summary>"dec 3.21ms" of one step (the top-k pane shows the cursor's); null for a simulated lane's step.</summary>
    public static string? DecodeShort(StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.DecodeMilliseconds is { } ms ? $"{Glossary.LaneDecode} {StepColumns.DecodeMilliseconds.Unit.Format(ms)}ms" : null;
    }

    /// <summary>The plan line's parts left to right; a part that does not fit is cut with "…" and ends the line.</summary>
    private static void DrawPlan(ICanvas canvas, IReadOnlyList<PlanSegment> plan)
    {
        var x = 0;
        foreach (var segment in plan)
        {
            var room = canvas.Width - x;
            if (room <= 0)
            {
                break;
            }

            var role = segment.Part switch
            {
                PlanPart.Label => Role.Dim,
                PlanPart.Kept => Role.Valid,
                PlanPart.Current => Role.Cursor,
                _ => Role.Dim,
            };
            var text = TextCells.Fit(segment.Text, room);
            x = canvas.Put(x, 0, text, role) + 1;
            if (text != segment.Text)
            {
                break;
            }
        }
    }

    /// <summary>Writes the text after a space when it fits; the new x, or the old one.</summary>
    private static int PutIfRoom(ICanvas canvas, int x, string text) =>
        x + 1 + TextCells.Width(text) < canvas.Width ? canvas.Put(x + 1, 1, text, Role.Dim) : x;

    /// <summary>Draws the tokens; true when earlier rows are scrolled out of sight.</summary>
    private static bool DrawStrip(ICanvas canvas, ScreenModel model, LaneSnapshot lane, IReadOnlyList<PlacedToken> placed, bool focused)
    {
        if (canvas.Height <= 0)
        {
            return false;
        }

        if (lane.T == 0 || placed.Count == 0)
        {
            canvas.Write(0, 0, "no tokens yet", Role.Dim);
            return false;
        }

        var lastRow = placed[^1].Row;
        var cursor = focused ? placed.FirstOrDefault(p => p.Token.T == model.CursorT) : null;
        var target = cursor?.Row ?? lastRow;
        var first = Math.Max(0, lastRow - canvas.Height + 1);
        if (target < first)
        {
            first = target;
        }

        var breakpoints = model.PositionBreakpoints(lane.Name);
        foreach (var token in placed)
        {
            var row = token.Row - first;
            if (row < 0 || row >= canvas.Height)
            {
                continue;
            }

            var role = token.Token.IsGap ? Role.Dim
                : token.Token.T == lane.T
                ? token.Token.OnManifold ? Role.Latest : Role.LatestInvalid
                : cursor is not null && token.Token.T == cursor.Token.T ? Role.Cursor
                : !token.Token.OnManifold ? Role.Invalid
                : token.Token.Forced ? Role.Forced
                : breakpoints.Contains(token.Token.Position) ? Role.Breakpoint
                : Role.Valid;
            canvas.Write(token.Column, row, token.Label, role);
        }

        return first > 0;
    }
}

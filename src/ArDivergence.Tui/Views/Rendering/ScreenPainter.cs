using ArDivergence.Core.Generators;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Overlays;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>Draws the whole screen from the controller's state: the layout, then each region, then the open dialog.</summary>
internal static class ScreenPainter
{
    public static void Draw(ICanvas screen, DebuggerController controller)
    {
        screen.Clear();
        var snapshot = controller.Snapshot;
        var laneWidth = ((screen.Width - (snapshot.Lanes.Count - 1)) / Math.Max(1, snapshot.Lanes.Count)) - 2;
        var wanted = 2 + TokenStrip.RowsFor(snapshot.Length, snapshot.Scenario.Vocabulary.Tokens, laneWidth);
        const string promptLabel = " prompt ";
        var promptLines = PromptText.Lines(
            [.. snapshot.Scenario.Prompt.Select(snapshot.TokenText)], screen.Width - promptLabel.Length - 1, ScreenLayout.MaxPromptRows(screen.Height));
        var layout = ScreenLayout.Compute(screen.Width, screen.Height, snapshot.Scenario.Prompt.Count > 0, controller.Page, wanted, promptLines.Count);
        if (layout.TooSmall)
        {
            var text = $"ardiv needs at least {ScreenLayout.MinWidth}×{ScreenLayout.MinHeight} (this is {screen.Width}×{screen.Height}); q quits";
            var lines = TextCells.Wrap(text, Math.Max(1, screen.Width));
            for (var i = 0; i < lines.Count; i++)
            {
                screen.Write(0, i, lines[i], Role.Warning);
            }

            return;
        }

        DrawHeader(screen.Region(layout.Header), controller);
        if (!layout.Prompt.IsEmpty)
        {
            var prompt = screen.Region(layout.Prompt);
            var x = prompt.Put(0, 0, promptLabel, Role.Dim);
            for (var row = 0; row < promptLines.Count; row++)
            {
                prompt.Write(x, row, promptLines[row], Role.Normal);
            }
        }

        LanesPainter.Draw(screen.Region(layout.Lanes), controller);
        foreach (var pane in layout.Panes)
        {
            var canvas = screen.Region(pane.Area);
            var hint = layout.Pages > 1 ? $"v: page {layout.Page + 1}/{layout.Pages}" : null;
            switch (pane.Kind)
            {
                case PaneKind.Steps:
                    PanesPainter.DrawSteps(canvas, controller, hint);
                    break;
                case PaneKind.TopK:
                    PanesPainter.DrawTopK(canvas, controller, hint);
                    break;
                case PaneKind.Chart:
                    PanesPainter.DrawChart(canvas, controller, hint);
                    break;
                case PaneKind.Compute:
                    PanesPainter.DrawCompute(canvas, controller, hint);
                    break;
            }
        }

        DrawMessage(screen.Region(layout.Message), controller);
        DrawKeys(screen.Region(layout.Keys), controller);
        if (controller.Overlay is { } overlay)
        {
            DrawOverlay(screen, overlay);
        }
    }

    /// <summary>The kind's name, or its short label (from its descriptor) where the name does not fit.</summary>
    public static string KindLabel(GeneratorKind kind, bool full)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return full ? kind.ToName() : kind.ShortLabel;
    }

    private static void DrawHeader(ICanvas canvas, DebuggerController controller)
    {
        var snapshot = controller.Snapshot;
        canvas.ClearRow(0, Role.Title);
        var right = $"seed {snapshot.Seed} · t {snapshot.T}/{snapshot.Length}"
            + (snapshot.Breakpoints.Count > 0 ? $" · ● {snapshot.Breakpoints.Count}" : "")
            + (controller.Session.RecordingLocation is not null ? " · rec" : "") + " ";
        var spec = snapshot.Scenario.Spec;
        var left = $" ardiv │ {spec.Name}" + (spec.Title is { } title ? $" — {title}" : "");
        var room = canvas.Width - TextCells.Width(right) - 1;
        canvas.Write(0, 0, TextCells.Fit(left, Math.Max(0, room)), Role.Title);
        canvas.Write(Math.Max(0, canvas.Width - TextCells.Width(right)), 0, right, Role.Title);
    }

    private static void DrawMessage(ICanvas canvas, DebuggerController controller)
    {
        var busy = controller.BusyText;
        var busyWidth = busy is null ? 0 : TextCells.Width(busy) + 1;
        if (busy is not null)
        {
            canvas.Write(Math.Max(0, canvas.Width - busyWidth), 0, busy, Role.Progress);
        }

        if (controller.Message is { } message)
        {
            var role = message.Kind switch
            {
                MessageKind.Hit => Role.Hit,
                MessageKind.Warning => Role.Warning,
                MessageKind.Error => Role.Error,
                _ => Role.Normal,
            };
            canvas.Write(1, 0, TextCells.Fit(message.Text, canvas.Width - busyWidth - 2), role);
        }
    }

    private static void DrawKeys(ICanvas canvas, DebuggerController controller)
    {
        var hints = controller.Keys.StatusHints();
        var required = hints.Where(h => h.Action is Presentation.DebuggerAction.Help or Presentation.DebuggerAction.Quit).ToArray();
        static int WidthOf((string Keys, string Label, Presentation.DebuggerAction Action) h) => TextCells.Width(h.Keys) + 1 + TextCells.Width(h.Label) + 2;
        var budget = canvas.Width - 1 - required.Sum(WidthOf);
        var shown = new List<(string Keys, string Label, Presentation.DebuggerAction Action)>();
        foreach (var hint in hints.Except(required))
        {
            if (WidthOf(hint) > budget)
            {
                break;
            }

            budget -= WidthOf(hint);
            shown.Add(hint);
        }

        shown.AddRange(required);
        var x = 1;
        foreach (var (keys, label, _) in shown)
        {
            x = canvas.Put(x, 0, keys, Role.KeyName);
            x = canvas.Put(x + 1, 0, label, Role.Dim) + 2;
        }
    }

    private static void DrawOverlay(ICanvas screen, Overlay overlay)
    {
        var (width, height) = overlay.Size(screen.Width, screen.Height);
        width = Math.Clamp(width, Math.Min(20, screen.Width), screen.Width);
        height = Math.Clamp(height, Math.Min(5, screen.Height), screen.Height);
        var x = (screen.Width - width) / 2;
        var y = Math.Max(0, (screen.Height - height) / 2);
        var box = screen.Region(new Area(x, y, width, height));
        box.Clear();
        box.Write(0, 0, "┌" + new string('─', width - 2) + "┐", Role.Border);
        for (var row = 1; row < height - 1; row++)
        {
            box.Write(0, row, "│", Role.Border);
            box.Write(width - 1, row, "│", Role.Border);
        }

        box.Write(0, height - 1, "└" + new string('─', width - 2) + "┘", Role.Border);
        box.Write(2, 0, " " + TextCells.Fit(overlay.Title, width - 6) + " ", Role.Header);
        var footer = " " + TextCells.Fit(overlay.Footer, width - 6) + " ";
        box.Write(Math.Max(2, width - 2 - TextCells.Width(footer)), height - 1, footer, Role.Dim);
        overlay.Draw(box.Region(new Area(1, 1, width - 2, height - 2)));
    }
}

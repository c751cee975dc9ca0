using ArDivergence.Core.Generators;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>Draws the whole screen from a frame's <see cref="ScreenModel"/>: each region's pane, then the open dialog.</summary>
internal static class ScreenPainter
{
    private static readonly Dictionary<PaneKind, IPane> Panes = new()
    {
        [PaneKind.Steps] = StepsPane.Instance,
        [PaneKind.TopK] = TopKPane.Instance,
        [PaneKind.Chart] = ChartPane.Instance,
        [PaneKind.Compute] = ComputePane.Instance,
    };

    /// <param name="model">A model completed for the screen's size by <see cref="ScreenFrame.Build"/>.</param>
    public static void Draw(ICanvas screen, ScreenModel model)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(model);
        screen.Clear();
        var layout = model.Layout;
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

        HeaderPane.Instance.Render(model, screen.Region(layout.Header));
        if (!layout.Prompt.IsEmpty)
        {
            PromptPane.Instance.Render(model, screen.Region(layout.Prompt));
        }

        LanesPane.Instance.Render(model, screen.Region(layout.Lanes));
        foreach (var pane in layout.Panes)
        {
            Panes[pane.Kind].Render(model, screen.Region(pane.Area));
        }

        MessagePane.Instance.Render(model, screen.Region(layout.Message));
        KeyLinePane.Instance.Render(model, screen.Region(layout.Keys));
        OverlayPane.Instance.Render(model, screen);
    }

    /// <summary>The kind's name, or its short label (from its descriptor) where the name does not fit.</summary>
    public static string KindLabel(GeneratorKind kind, bool full)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return full ? kind.ToName() : kind.ShortLabel;
    }
}

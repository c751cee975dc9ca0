using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// Completes a <see cref="ScreenModel"/> for a screen size before anything is drawn: the layout, the
/// wrapped prompt, each lane's token strip and the step table's window, with the column scroll clamped
/// to it. The caller keeps the clamped scroll (the state update); drawing then has nothing to decide.
/// </summary>
internal static class ScreenFrame
{
    public const string PromptLabel = " prompt ";

    /// <param name="strips">The lane's strip layout kept between frames (see <see cref="TokenStripLayout"/>); null lays each strip out afresh.</param>
    public static ScreenModel Build(ScreenModel model, int width, int height, Func<string, TokenStripLayout>? strips = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var snapshot = model.Snapshot;
        var laneWidth = ((width - (snapshot.Lanes.Count - 1)) / Math.Max(1, snapshot.Lanes.Count)) - 2;
        // An mpc lane's plan takes the strip's last row.
        var planRow = snapshot.Lanes.Any(l => l.Kind == GeneratorKind.Mpc) ? 1 : 0;
        var wanted = 2 + planRow + TokenStrip.RowsFor(snapshot.Length, snapshot.Scenario.Vocabulary.Tokens, laneWidth);
        var prompt = PromptText.Tokens(snapshot);
        var promptLines = PromptText.Lines(prompt, width - PromptLabel.Length - 1, ScreenLayout.MaxPromptRows(height));
        var layout = ScreenLayout.Compute(width, height, prompt.Count > 0, model.Page, wanted, promptLines.Count);
        model = model with { Width = width, Height = height, Layout = layout, PromptLines = promptLines, Strips = [], Steps = null };
        if (layout.TooSmall)
        {
            return model;
        }

        model = model with { Strips = LayOutStrips(snapshot, layout.Lanes, strips) };
        if (layout.Panes.FirstOrDefault(p => p.Kind == PaneKind.Steps) is { } steps && model.Focused.T > 0)
        {
            var window = StepsPane.Window(model, steps.Area.Width, steps.Area.Height);
            model = model with { Steps = window, ColumnScroll = Math.Clamp(model.ColumnScroll, 0, window.MaxScroll) };
        }

        return model;
    }

    /// <summary>The strips at the widths <see cref="LanesPane"/> gives each lane.</summary>
    private static IReadOnlyList<PlacedToken>[] LayOutStrips(SessionSnapshot snapshot, Area lanes, Func<string, TokenStripLayout>? strips)
    {
        var count = snapshot.Lanes.Count;
        var result = new IReadOnlyList<PlacedToken>[count];
        for (var i = 0; i < count; i++)
        {
            var lane = snapshot.Lanes[i];
            var (_, width) = LanesPane.Column(lanes.Width, count, i);
            var stripWidth = width - 2;
            var stripHeight = lanes.Height - 2;
            result[i] = lane.T == 0 || stripHeight <= 0
                ? []
                : (strips?.Invoke(lane.Name) ?? new TokenStripLayout()).Update(snapshot, lane, stripWidth).ToArray();
        }

        return result;
    }
}

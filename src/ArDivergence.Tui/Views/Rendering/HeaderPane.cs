using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The title bar: scenario name and title on the left; seed, t/L, breakpoints and recording on the right.</summary>
internal sealed class HeaderPane : IPane
{
    public static HeaderPane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var snapshot = model.Snapshot;
        canvas.ClearRow(0, Role.Title);
        var right = $"seed {snapshot.Seed} · t {snapshot.T}/{snapshot.Length}"
            + (snapshot.Breakpoints.Count > 0 ? $" · ● {snapshot.Breakpoints.Count}" : "")
            + (model.Recording ? " · rec" : "") + " ";
        var spec = snapshot.Scenario.Spec;
        var left = $" ardiv │ {spec.Name}" + (spec.Title is { } title ? $" — {title}" : "");
        var room = canvas.Width - TextCells.Width(right) - 1;
        canvas.Write(0, 0, TextCells.Fit(left, Math.Max(0, room)), Role.Title);
        canvas.Write(Math.Max(0, canvas.Width - TextCells.Width(right)), 0, right, Role.Title);
    }
}

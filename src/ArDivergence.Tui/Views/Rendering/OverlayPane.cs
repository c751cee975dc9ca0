using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The open dialog, boxed and centred over the screen (the dialog draws its inside).</summary>
internal sealed class OverlayPane : IPane
{
    public static OverlayPane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        if (model.Overlay is not { } overlay)
        {
            return;
        }

        var (width, height) = overlay.Size(canvas.Width, canvas.Height);
        width = Math.Clamp(width, Math.Min(20, canvas.Width), canvas.Width);
        height = Math.Clamp(height, Math.Min(5, canvas.Height), canvas.Height);
        var x = (canvas.Width - width) / 2;
        var y = Math.Max(0, (canvas.Height - height) / 2);
        var box = canvas.Region(new Area(x, y, width, height));
        box.Clear();
        box.Write(0, 0, "┌" + new string('─', width - 2) + "┐", Role.Border);
        for (var row = 1; row < height - 1; row++)
        {
            box.Write(0, row, "│", Role.Border);
            box.Write(width - 1, row, "│", Role.Border);
        }

        box.Write(0, height - 1, "└" + new string('─', width - 2) + "┘", Role.Border);

        // The inside first: a dialog's footer can depend on what it found room for (a text that scrolls says so).
        overlay.Draw(box.Region(new Area(1, 1, width - 2, height - 2)));
        box.Write(2, 0, " " + TextCells.Fit(overlay.Title, width - 6) + " ", Role.Header);
        var footer = " " + TextCells.Fit(overlay.Footer, width - 6) + " ";
        box.Write(Math.Max(2, width - 2 - TextCells.Width(footer)), height - 1, footer, Role.Dim);
    }
}

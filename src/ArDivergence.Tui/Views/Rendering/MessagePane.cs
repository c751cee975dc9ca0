using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The message line: the latest news on the left, what runs in the background on the right.</summary>
internal sealed class MessagePane : IPane
{
    public static MessagePane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var busy = model.BusyText;
        var busyWidth = busy is null ? 0 : TextCells.Width(busy) + 1;
        if (busy is not null)
        {
            canvas.Write(Math.Max(0, canvas.Width - busyWidth), 0, busy, Role.Progress);
        }

        if (model.Message is { } message)
        {
            var role = message.Kind switch
            {
                MessageKind.Hit => Role.Hit,
                MessageKind.Warning => Role.Warning,
                MessageKind.Error => Role.Error,
                _ => Role.Normal,
            };
            canvas.Write(1, 0, TextCells.Fit(TokenDisplay.Line(message.Text), canvas.Width - busyWidth - 2), role);
        }
    }
}

using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The prompt's tokens, wrapped to the rows the layout gives them.</summary>
internal sealed class PromptPane : IPane
{
    public static PromptPane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var x = canvas.Put(0, 0, ScreenFrame.PromptLabel, Role.Dim);
        for (var row = 0; row < model.PromptLines.Count; row++)
        {
            canvas.Write(x, row, model.PromptLines[row], Role.Normal);
        }
    }
}

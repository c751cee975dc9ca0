using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>A part of the screen: renders the frame's model into its region, and changes nothing (neither the model nor anything else).</summary>
internal interface IPane
{
    void Render(ScreenModel model, ICanvas canvas);
}

using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>The screen writes only the cells that changed; what it shows must equal a full redraw from a cleared screen.</summary>
public class ChangedCellsTests
{
    [Theory]
    [InlineData(120, 40)]
    [InlineData(60, 20)]
    public void After_each_key_the_screen_equals_a_full_redraw(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        Key[] keys = [Key.N, Key.N, Key.N, Key.Tab, Key.CursorUp, Key.CursorRight, Key.CursorRight, Key.A, Key.V, Key.F1, Key.Esc, Key.B, Key.I, Key.Esc, Key.R];
        foreach (var key in keys)
        {
            tui.Press(key);
            var drawn = tui.Text;
            tui.App.Driver!.ClearContents();
            tui.App.LayoutAndDraw(true);
            Assert.Equal(tui.Text, drawn);
        }
    }
}

using System.Text;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Rendering;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ArDivergence.Tui.Views;

/// <summary>
/// The Terminal.Gui side of the debugger: one runnable that fills the terminal, one view that draws the
/// controller's state, and one application-level key handler (so no widget's type-to-search can eat a
/// key). A 100 ms timer animates progress while background work runs.
/// </summary>
internal sealed class DebuggerScreen : Runnable
{
    private readonly IApplication _app;
    private readonly DebuggerController _controller;
    private readonly ScreenView _view;
    private readonly object? _timer;

    public DebuggerScreen(IApplication app, DebuggerController controller, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(theme);
        _app = app;
        _controller = controller;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        _view = new ScreenView(controller, theme) { Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_view);
        app.Keyboard.KeyDown += OnKeyDown;
        controller.Changed += OnChanged;
        controller.QuitRequested += OnQuitRequested;
        _timer = app.AddTimeout(TimeSpan.FromMilliseconds(100), () =>
        {
            if (_controller.IsWorking || _controller.BusyText is not null)
            {
                _view.SetNeedsDraw();
            }

            return true;
        });
    }

    /// <summary>Turns a Terminal.Gui key into the controller's key: its name and, for printable keys, its text.</summary>
    public static KeyPress ToKeyPress(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string? text = null;
        if (!key.IsCtrl && !key.IsAlt)
        {
            var rune = key.AsRune;
            if (rune.Value >= 32 && rune.Value != 127)
            {
                text = rune.ToString();
            }
        }

        return new KeyPress(key.ToString(), text);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnKeyDown;
            _controller.Changed -= OnChanged;
            _controller.QuitRequested -= OnQuitRequested;
            if (_timer is not null)
            {
                _app.RemoveTimeout(_timer);
            }
        }

        base.Dispose(disposing);
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (_controller.HandleKey(ToKeyPress(key)))
        {
            key.Handled = true;
        }
    }

    private void OnChanged() => _view.SetNeedsDraw();

    private void OnQuitRequested() => _app.RequestStop();

    /// <summary>
    /// Draws a frame into a <see cref="PlainTextCanvas"/>, then writes to the terminal only the cells that
    /// differ from what the driver holds: Terminal.Gui's per-cell work is most of a frame's cost, and a key
    /// press changes a small part of the screen.
    /// </summary>
    private sealed class ScreenView(DebuggerController controller, Theme theme) : View
    {
        // Every cell is compared and, where it differs, written below; clearing first would make every cell differ.
        protected override bool OnClearingViewport() => true;

        protected override bool OnDrawingContent(DrawContext? context)
        {
            var width = Viewport.Width;
            var height = Viewport.Height;
            var frame = new PlainTextCanvas(width, height);
            ScreenPainter.Draw(frame, controller.Frame(width, height));
            var origin = ViewportToScreen(new System.Drawing.Point(0, 0));
            var contents = App?.Driver?.Contents;
            var run = new StringBuilder();
            for (var row = 0; row < height; row++)
            {
                var column = 0;
                while (column < width)
                {
                    if (Shown(frame, contents, origin, column, row))
                    {
                        column++;
                        continue;
                    }

                    var start = column;
                    var role = frame.RoleAt(column, row);
                    run.Clear();
                    while (column < width && frame.RoleAt(column, row) == role && (column == start || !Shown(frame, contents, origin, column, row)))
                    {
                        run.Append(frame.TextAt(column, row));
                        column++;
                    }

                    SetAttribute(theme[role]);
                    AddStr(start, row, run.ToString());
                }
            }

            return true;
        }

        /// <summary>Whether the driver already holds this cell as the frame has it (the second cell of a wide character goes with the first).</summary>
        private bool Shown(PlainTextCanvas frame, Cell[,]? contents, System.Drawing.Point origin, int column, int row)
        {
            var text = frame.TextAt(column, row);
            if (text.Length == 0)
            {
                return true;
            }

            var (y, x) = (origin.Y + row, origin.X + column);
            if (contents is null || y < 0 || x < 0 || y >= contents.GetLength(0) || x >= contents.GetLength(1))
            {
                return false;
            }

            var cell = contents[y, x];
            return cell.Grapheme == text && cell.Attribute == theme[frame.RoleAt(column, row)];
        }
    }
}

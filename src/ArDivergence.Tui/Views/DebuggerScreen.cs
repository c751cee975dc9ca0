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

    private sealed class ScreenView(DebuggerController controller, Theme theme) : View, ICanvas
    {
        int ICanvas.Width => Viewport.Width;

        int ICanvas.Height => Viewport.Height;

        public void Write(int column, int row, string text, Role role)
        {
            if (row < 0 || row >= Viewport.Height || column < 0 || column >= Viewport.Width || string.IsNullOrEmpty(text))
            {
                return;
            }

            SetAttribute(theme[role]);
            AddStr(column, row, TextCells.Take(text, Viewport.Width - column));
        }

        protected override bool OnDrawingContent(DrawContext? context)
        {
            ScreenPainter.Draw(this, controller.Frame(Viewport.Width, Viewport.Height));
            return true;
        }
    }
}

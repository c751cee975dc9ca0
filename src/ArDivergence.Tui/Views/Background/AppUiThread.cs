using Terminal.Gui.App;

namespace ArDivergence.Tui.Views.Background;

/// <summary>Posts to a Terminal.Gui application's main loop; after <see cref="Detach"/> posts are dropped.</summary>
internal sealed class AppUiThread : IUiThread
{
    private readonly object _gate = new();
    private IApplication? _app;

    public void Attach(IApplication app)
    {
        lock (_gate)
        {
            _app = app;
        }
    }

    public void Detach()
    {
        lock (_gate)
        {
            _app = null;
        }
    }

    public void Post(Action action)
    {
        lock (_gate)
        {
            if (_app is null)
            {
                return;
            }

            try
            {
                _app.Invoke(action);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or NotInitializedException)
            {
                // The loop is shutting down: nothing left to update.
            }
        }
    }
}

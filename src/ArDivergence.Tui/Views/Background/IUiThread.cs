namespace ArDivergence.Tui.Views.Background;

/// <summary>Runs an action on the UI thread (Terminal.Gui's <c>app.Invoke</c>).</summary>
internal interface IUiThread
{
    void Post(Action action);
}

namespace ArDivergence.Tui.Views;

internal enum MessageKind
{
    Info,
    Hit,
    Warning,
    Error,
}

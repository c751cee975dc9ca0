namespace ArDivergence.Tui.Recording;

public enum ReplayVerdict
{
    Agrees,
    Diverges,
    Unreadable,
}

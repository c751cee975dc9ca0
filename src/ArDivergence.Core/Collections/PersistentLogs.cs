namespace ArDivergence.Core.Collections;

public static class PersistentLogs
{
    /// <summary>A new, empty <see cref="PersistentLog{T}"/>.</summary>
    public static PersistentLog<T> Empty<T>() => PersistentLog<T>.CreateEmpty();
}

namespace ArDivergence.Tui.Cli;

/// <summary>
/// A progress bar redrawn in place (carriage return) on stderr, at most once per <see cref="Interval"/>
/// of the injected clock, and erased when the work is done. Draws nothing when stderr is not a terminal
/// or the user asked for --quiet: redirected stderr must hold only messages.
/// </summary>
public sealed class StderrProgress : IProgress<double>, IDisposable
{
    /// <summary>Often enough to look alive, rarely enough not to slow the work or flood a slow link.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _error;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private string _label = "";
    private long? _lastDrawn;
    private int _drawnWidth;

    private StderrProgress(TextWriter? error, TimeProvider clock)
    {
        _error = error;
        _clock = clock;
    }

    /// <summary>Whether anything will be drawn.</summary>
    public bool Enabled => _error is not null;

    public static StderrProgress For(ConsoleStreams console, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new StderrProgress(console.ErrorIsTerminal && !quiet ? console.Error : null, console.Clock);
    }

    /// <summary>Starts a new piece of work: the next report is drawn at once, under this label.</summary>
    public void Start(string label)
    {
        lock (_gate)
        {
            _label = label;
            _lastDrawn = null;
        }
    }

    /// <summary>Reports the fraction done (0..1) of the current work; safe from several threads.</summary>
    public void Report(double value)
    {
        if (_error is null)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            if (_lastDrawn is long last && _clock.GetElapsedTime(last, now) < Interval)
            {
                return;
            }

            _lastDrawn = now;
            var line = ProgressLine.Render(_label, value);

            // Pad over a longer line drawn before, so no old characters stay visible.
            _error.Write("\r" + line.PadRight(_drawnWidth));
            _error.Flush();
            _drawnWidth = line.Length;
        }
    }

    /// <summary>Erases the bar, leaving the cursor at the start of an empty line for what comes next.</summary>
    public void Clear()
    {
        if (_error is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_drawnWidth > 0)
            {
                _error.Write("\r" + new string(' ', _drawnWidth) + "\r");
                _error.Flush();
                _drawnWidth = 0;
            }

            _lastDrawn = null;
        }
    }

    public void Dispose() => Clear();
}

using System.Collections.Concurrent;
using ArDivergence.Core;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Verbs;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// Runs a sweep: checks every point of the shard like a file, then estimates the points in parallel and
/// writes their rows in point order as they finish. Each point is `estimate` of its file, computed on one
/// thread, so the rows do not depend on how many points run at once. An interrupted sweep writes every
/// point that finished, in order, and says which are missing.
/// </summary>
internal sealed class SweepRunner
{
    /// <summary>How many bad points are listed before "and N more".</summary>
    private const int MaxBadPointsShown = 10;

    private readonly SweepJob _job;
    private readonly ConsoleStreams _console;
    private readonly long[] _points;
    private readonly IReadOnlyList<EstimateLane>?[] _results;
    private readonly ConcurrentDictionary<string, long> _notes = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private SweepRowWriter? _writer;
    private int _nextToWrite;
    private int _finished;
    private bool _closed;

    private SweepRunner(SweepJob job, ConsoleStreams console)
    {
        _job = job;
        _console = console;
        _points = [.. job.Shard.PointsOf(job.Grid.Count)];
        _results = new IReadOnlyList<EstimateLane>?[_points.Length];
    }

    public static int Run(SweepJob job, ConsoleStreams console, TextWriter output, bool quiet, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new SweepRunner(job, console).Run(output, quiet, cancellation);
    }

    private int Run(TextWriter output, bool quiet, CancellationToken cancellation)
    {
        if (Validate() is not { } specs)
        {
            return ExitCodes.BadInput;
        }

        var scenario = specs.FirstOrDefault()?.Name ?? "";
        _writer = new SweepRowWriter(output, _job.Format, [.. _job.Grid.Axes.Select(a => a.Key)], scenario, _job.Grid.Count);
        _writer.Start();
        using var progress = StderrProgress.For(_console, quiet);
        progress.Start($"sweep: {_points.Length:N0} points");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var failures = new ConcurrentQueue<(long Point, Exception Error)>();
        var next = -1;
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(_job.Threads ?? Environment.ProcessorCount, _points.Length)))
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    for (var i = Interlocked.Increment(ref next); i < _points.Length && !stop.IsCancellationRequested; i = Interlocked.Increment(ref next))
                    {
                        try
                        {
                            Finish(i, Estimate(specs[i], _points[i]), progress);
                        }
                        catch (Exception ex) when (ex is ScenarioLimitException or ArgumentException or InvalidOperationException)
                        {
                            failures.Enqueue((_points[i], ex));
                            stop.Cancel();
                        }
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(workers, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the points still running are abandoned (the process is about to end); the finished stay.
        }

        progress.Clear();
        var written = Close();
        WriteNotes();
        if (!failures.IsEmpty)
        {
            foreach (var (point, error) in failures.OrderBy(f => f.Point))
            {
                _console.Error.WriteLine($"ardiv: error: point {point} ({_job.Grid.Describe(point)}): {error.Message}");
            }

            return ExitCodes.BadInput;
        }

        if (written < _points.Length)
        {
            var missing = Enumerable.Range(0, _points.Length).Where(i => _results[i] is null).Select(i => _points[i]).ToArray();
            _console.Error.WriteLine(
                $"ardiv: interrupted: {written:N0} of {_points.Length:N0} points written; not computed: {SweepMerge.Ranges(missing)}");
            return ExitCodes.Interrupted;
        }

        return ExitCodes.Success;
    }

    /// <summary>Every point's spec, or null after listing the bad points with their parameters and diagnostics.</summary>
    private ScenarioSpec[]? Validate()
    {
        var loads = new ScenarioLoadResult[_points.Length];
        Parallel.For(0, _points.Length, i => loads[i] = ScenarioLoader.LoadText(_job.Text, _job.DisplayName, _job.Grid.OverridesAt(_points[i])));
        var bad = Enumerable.Range(0, _points.Length).Where(i => !loads[i].Succeeded).ToArray();
        foreach (var i in bad.Take(MaxBadPointsShown))
        {
            _console.Error.WriteLine($"ardiv: error: point {_points[i]} ({_job.Grid.Describe(_points[i])}) is not a valid scenario:");
            foreach (var diagnostic in loads[i].Diagnostics)
            {
                _console.Error.WriteLine("  " + diagnostic);
            }
        }

        if (bad.Length > MaxBadPointsShown)
        {
            _console.Error.WriteLine($"ardiv: error: and {bad.Length - MaxBadPointsShown:N0} more bad points: {SweepMerge.Ranges([.. bad.Skip(MaxBadPointsShown).Select(i => _points[i])])}");
        }

        return bad.Length == 0 ? [.. loads.Select(l => l.Spec!)] : null;
    }

    private IReadOnlyList<EstimateLane> Estimate(ScenarioSpec spec, long point)
    {
        var (method, fallBack) = _job.Method switch
        {
            SweepMethod.Exact => (EstimateMethod.Exact, false),
            SweepMethod.Mc => (EstimateMethod.Mc, false),
            _ => (EstimateMethod.Exact, true),
        };
        using var notes = new StringWriter();
        using var silent = StderrProgress.For(_console, quiet: true);
        var report = EstimateVerb.Estimate(spec, SessionOpener.Options(null, null, 0), method, _job.Samples, 1, silent, notes, fallBack);
        foreach (var line in notes.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            _notes.AddOrUpdate(line, point, (_, first) => Math.Min(first, point));
        }

        return report.Lanes;
    }

    /// <summary>Keeps a point's rows and writes every row that is next in point order.</summary>
    private void Finish(int index, IReadOnlyList<EstimateLane> lanes, StderrProgress progress)
    {
        lock (_gate)
        {
            _results[index] = lanes;
            _finished++;
            while (!_closed && _nextToWrite < _points.Length && _results[_nextToWrite] is { } ready)
            {
                _writer!.Write(_points[_nextToWrite], _job.Grid.ValuesAt(_points[_nextToWrite]), ready);
                _nextToWrite++;
            }

            progress.Report((double)_finished / _points.Length);
        }
    }

    /// <summary>Writes the finished points not yet written (in order, with gaps after an interruption) and closes the output.</summary>
    private int Close()
    {
        lock (_gate)
        {
            for (var i = _nextToWrite; i < _points.Length; i++)
            {
                if (_results[i] is { } ready)
                {
                    _writer!.Write(_points[i], _job.Grid.ValuesAt(_points[i]), ready);
                }
            }

            _writer!.Finish();
            _closed = true;
            return _finished;
        }
    }

    /// <summary>Each distinct note once, with the first point it came from (a sweep repeats them point after point).</summary>
    private void WriteNotes()
    {
        foreach (var (line, point) in _notes.OrderBy(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal))
        {
            _console.Error.WriteLine($"{line} (from point {point}: {_job.Grid.Describe(point)}; other points may say the same)");
        }
    }
}

using System.Collections.Concurrent;

namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// The one thread that touches <see cref="Recording.SessionDriver"/>s: jobs run one at a time in the
/// order given, so the (not thread-safe) session never sees two callers. Results go back to the UI
/// thread; an unexpected exception is re-thrown there, where the app turns it into a clean exit.
/// </summary>
internal sealed class SessionWorker : IDisposable
{
    private readonly BlockingCollection<WorkerJob> _queue = [];
    private readonly IUiThread _ui;
    private readonly Func<long> _now;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _idle = new(true);
    private readonly object _gate = new();

    // Jobs queued or running, in order (what CancelAll must reach, and what IsBusy counts).
    private readonly List<WorkerJob> _unfinished = [];
    private WorkerJob? _current;

    public SessionWorker(IUiThread ui, Func<long> now)
    {
        _now = now;
        _ui = ui;
        _thread = new Thread(Loop) { IsBackground = true, Name = "ardiv session worker" };
        _thread.Start();
    }

    /// <summary>The job running now, or null.</summary>
    public WorkerJob? Current => Volatile.Read(ref _current);

    /// <summary>Jobs queued or running.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _unfinished.Count;
            }
        }
    }

    public bool IsBusy => Pending > 0;

    /// <summary>True while a long job (continue, open) runs or waits.</summary>
    public bool IsRunningLong
    {
        get
        {
            lock (_gate)
            {
                return _unfinished.Any(j => j.IsLong);
            }
        }
    }

    public void Enqueue(WorkerJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            _unfinished.Add(job);
            _idle.Reset();
        }

        _queue.Add(job);
    }

    /// <summary>Cancels the running job and drops the queued ones.</summary>
    public void CancelAll()
    {
        WorkerJob[] jobs;
        lock (_gate)
        {
            jobs = [.. _unfinished];
        }

        // The running job last: cancelled first, it could end and let the worker start the next job
        // before that job's cancellation was requested.
        for (var i = jobs.Length - 1; i >= 0; i--)
        {
            jobs[i].Cancellation.Cancel();
        }
    }

    /// <summary>Waits until nothing is queued or running (tests, shutdown).</summary>
    public bool WaitIdle(TimeSpan timeout) => _idle.Wait(timeout);

    public void Dispose()
    {
        _queue.CompleteAdding();
        CancelAll();
        _thread.Join(TimeSpan.FromSeconds(10));
    }

    private void Loop()
    {
        foreach (var job in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (job.Cancellation.IsCancellationRequested)
                {
                    PostSettled(job);
                    continue;
                }

                job.StartedAt = _now();
                Volatile.Write(ref _current, job);
                Action complete;
                try
                {
                    complete = job.Run(job.Progress, job.Cancellation.Token);
                }
                catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested)
                {
                    PostSettled(job);
                    continue;
                }
                catch (Exception ex)
                {
                    var failure = new WorkerFailedException($"{job.Label} failed: {ex.Message}", ex);
                    _ui.Post(() => throw failure);
                    continue;
                }

                _ui.Post(() =>
                {
                    complete();
                    job.Settled?.Invoke();
                });
            }
            finally
            {
                Volatile.Write(ref _current, null);
                lock (_gate)
                {
                    _unfinished.Remove(job);
                    if (_unfinished.Count == 0)
                    {
                        _idle.Set();
                    }
                }
            }
        }
    }

    private void PostSettled(WorkerJob job)
    {
        if (job.Settled is { } settled)
        {
            _ui.Post(settled);
        }
    }
}

/// <summary>A background job failed in a way nothing expected (a bug): the app exits with its message.</summary>
internal sealed class WorkerFailedException : Exception
{
    public WorkerFailedException()
    {
    }

    public WorkerFailedException(string message)
        : base(message)
    {
    }

    public WorkerFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

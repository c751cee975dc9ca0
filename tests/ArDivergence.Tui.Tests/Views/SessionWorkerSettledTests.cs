using System.Collections.Concurrent;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Background;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Keys typed ahead wait until the jobs before them have settled, so every job must settle on the UI
/// thread exactly once, even a cancelled one; otherwise the keys would wait forever.
/// </summary>
public class SessionWorkerSettledTests
{
    [Fact]
    public void Every_job_settles_once_on_the_UI_thread_done_or_cancelled_running_or_queued()
    {
        var ui = new PostedActions();
        using var worker = new SessionWorker(ui, new DebuggerOptions().NowMilliseconds);
        using var started = new ManualResetEventSlim();
        var events = new ConcurrentQueue<string>();
        worker.Enqueue(new WorkerJob<int>("quick", false, (_, _) => 1, _ => events.Enqueue("quick done")) { Settled = () => events.Enqueue("quick settled") });
        int WaitForCancellation(CancellationToken token, ProgressBox progress)
        {
            started.Set();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
            return 0;
        }

        worker.Enqueue(new WorkerJob<int>("long", true, WaitForCancellation, _ => events.Enqueue("long done")) { Settled = () => events.Enqueue("long settled") });
        worker.Enqueue(new WorkerJob<int>("queued", false, (_, _) => 2, _ => events.Enqueue("queued done")) { Settled = () => events.Enqueue("queued settled") });

        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        worker.CancelAll();
        Assert.True(worker.WaitIdle(TimeSpan.FromSeconds(10)));
        Assert.Empty(events);
        ui.RunAll();

        Assert.Equal(["quick done", "quick settled", "long settled", "queued settled"], events);
    }

    [Fact]
    public void Cancelling_stops_the_queued_jobs_before_the_running_one_can_end_and_start_them()
    {
        // A race (the running job cancelled first, the worker started the next before its turn came):
        // many rounds, no timing.
        for (var round = 0; round < 50; round++)
        {
            var ui = new PostedActions();
            using var worker = new SessionWorker(ui, new DebuggerOptions().NowMilliseconds);
            using var started = new ManualResetEventSlim();
            var ran = new ConcurrentQueue<string>();
            worker.Enqueue(new WorkerJob<int>("quick", false, (_, _) => 1, _ => { }));
            worker.Enqueue(new WorkerJob<int>("long", true, (token, _) =>
            {
                started.Set();
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                token.ThrowIfCancellationRequested();
                return 0;
            }, _ => { }));
            worker.Enqueue(new WorkerJob<int>("queued", false, (_, _) =>
            {
                ran.Enqueue("queued");
                return 0;
            }, _ => { }));

            Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
            worker.CancelAll();
            Assert.True(worker.WaitIdle(TimeSpan.FromSeconds(10)));
            Assert.True(ran.IsEmpty, $"the queued job ran after CancelAll in round {round}");
        }
    }

    private sealed class PostedActions : IUiThread
    {
        private readonly ConcurrentQueue<Action> _actions = new();

        public void Post(Action action) => _actions.Enqueue(action);

        public void RunAll()
        {
            while (_actions.TryDequeue(out var action))
            {
                action();
            }
        }
    }
}

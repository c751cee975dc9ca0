using System.Collections.Concurrent;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Background;
using Terminal.Gui.App;

namespace ArDivergence.Tui.Tests.Views;

public class BackgroundTests
{
    [Fact]
    public void The_session_worker_runs_jobs_one_at_a_time_in_order_and_posts_results()
    {
        var ui = new QueueUi();
        using var worker = new SessionWorker(ui, new DebuggerOptions().NowMilliseconds);
        var running = 0;
        var maxRunning = 0;
        var order = new ConcurrentQueue<int>();
        for (var i = 0; i < 20; i++)
        {
            var n = i;
            worker.Enqueue(new WorkerJob<int>($"job {n}", false, (_, _) =>
            {
                var now = Interlocked.Increment(ref running);
                maxRunning = Math.Max(maxRunning, now);
                Thread.Sleep(1);
                order.Enqueue(n);
                Interlocked.Decrement(ref running);
                return n;
            }, result => order.Enqueue(100 + result)));
        }

        Assert.True(worker.WaitIdle(TimeSpan.FromSeconds(10)));
        ui.RunAll();
        Assert.Equal(1, maxRunning);
        Assert.Equal(Enumerable.Range(0, 20).Concat(Enumerable.Range(100, 20)), order.Where(n => n < 100).Concat(order.Where(n => n >= 100)));
    }

    [Fact]
    public void Cancelling_stops_the_running_job_and_drops_the_queued_ones()
    {
        var ui = new QueueUi();
        using var worker = new SessionWorker(ui, new DebuggerOptions().NowMilliseconds);
        using var started = new ManualResetEventSlim();
        var ran = new ConcurrentBag<string>();
        worker.Enqueue(new WorkerJob<int>("long", true, (token, progress) =>
        {
            started.Set();
            for (var t = 0; !token.IsCancellationRequested; t++)
            {
                progress.Report(t);
                Thread.Sleep(1);
            }

            token.ThrowIfCancellationRequested();
            return 0;
        }, _ => ran.Add("long done")));
        worker.Enqueue(new WorkerJob<int>("queued", false, (_, _) =>
        {
            ran.Add("queued");
            return 0;
        }, _ => { }));
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        Assert.True(worker.IsRunningLong);
        Assert.Equal("long", worker.Current?.Label);
        Assert.True(SpinWait.SpinUntil(() => worker.Current?.Progress.Step > 0, TimeSpan.FromSeconds(10)));
        worker.CancelAll();
        Assert.True(worker.WaitIdle(TimeSpan.FromSeconds(10)));
        ui.RunAll();
        Assert.Empty(ran);
        Assert.False(worker.IsBusy);
    }

    [Fact]
    public void An_unexpected_failure_is_rethrown_on_the_UI_thread()
    {
        var ui = new QueueUi();
        using var worker = new SessionWorker(ui, new DebuggerOptions().NowMilliseconds);
        worker.Enqueue(new WorkerJob<int>("step", false, (_, _) => throw new InvalidOperationException("bug"), _ => { }));
        Assert.True(worker.WaitIdle(TimeSpan.FromSeconds(10)));
        var failure = Assert.Throws<WorkerFailedException>(ui.RunAll);
        Assert.Equal("step failed: bug", failure.Message);
    }

    [Fact]
    public void The_app_ends_the_recording_on_quit_and_exits_0()
    {
        var recorder = new FakeRecorder(null, null);
        var session = OpenSession.Open(ScenarioSource.Load("danke-schoen"), new SessionOptions(), _ => recorder);
        var error = new StringWriter();
        var code = DebuggerApp.Run(session, TuiHarness.Defaults(), error, (app, controller) =>
            app.AddTimeout(TimeSpan.FromMilliseconds(50), () =>
            {
                controller.HandleKey(new KeyPress("n", "n"));
                controller.HandleKey(new KeyPress("q", "q"));
                return false;
            }));
        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        Assert.True(recorder.Ended);
        Assert.True(recorder.Disposed);
    }

    [Fact]
    public void An_exception_in_the_loop_restores_the_terminal_prints_one_line_and_exits_1()
    {
        var recorder = new FakeRecorder(null, null);
        var session = OpenSession.Open(ScenarioSource.Load("danke-schoen"), new SessionOptions(), _ => recorder);
        var error = new StringWriter();
        IApplication? seen = null;
        var code = DebuggerApp.Run(session, TuiHarness.Defaults(), error, (app, _) =>
        {
            seen = app;
            app.AddTimeout(TimeSpan.FromMilliseconds(50), () => throw new InvalidOperationException("boom"));
        });
        Assert.Equal(1, code);
        Assert.Equal("ardiv: error: boom" + Environment.NewLine, error.ToString());
        Assert.True(recorder.Disposed);
        Assert.NotNull(seen);
        Assert.False(seen.Initialized);
    }

    private sealed class QueueUi : IUiThread
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

using System.Runtime.InteropServices;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Views.Background;
using Terminal.Gui.App;

namespace ArDivergence.Tui.Views;

/// <summary>The terminal debugger (Terminal.Gui v2).</summary>
public static class DebuggerApp
{
    /// <summary>Runs the debugger until the user quits; returns the process exit code.</summary>
    /// <param name="error">Where a model file that cannot be used is reported (one line, exit code 2), before the terminal is touched.</param>
    public static int Run(TuiLaunch launch, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var options = new DebuggerOptions
        {
            NoColor = DebuggerOptions.NoColorRequested(),
            RecorderFactory = launch.RecorderFactory,
            FailOnKey = Environment.GetEnvironmentVariable("ARDIV_FAIL_ON_KEY") is { Length: > 0 } key ? key : null,
        };

        // The first session opens before the terminal is touched: a scenario that cannot run fails like any verb.
        OpenSession session;
        try
        {
            session = OpenSession.Open(launch.Source, options.SessionOptions with { Seed = launch.Seed }, launch.RecorderFactory, launch.Models);
        }
        catch (ArDivergence.Core.Models.ModelLoadException e)
        {
            (error ?? Console.Error).WriteLine($"ardiv: error: {e.Message}");
            return ExitCodes.BadInput;
        }

        foreach (var command in launch.InitialCommands)
        {
            session.Snapshot = session.Driver.Execute(command);
        }

        return Run(session, options, Console.Error);
    }

    /// <summary>
    /// Runs the loop for an open session and ends it (and its recording) on the way out. An exception
    /// from inside the loop restores the terminal first, then prints one line to <paramref name="error"/>
    /// and returns 1. <paramref name="started"/> sees the app and controller just before the loop (tests).
    /// </summary>
    internal static int Run(OpenSession session, DebuggerOptions options, TextWriter error, Action<IApplication, DebuggerController>? started = null)
    {
        var ui = new AppUiThread();
        DebuggerController? controller = null;
        IApplication? app = null;
        Exception? failure = null;
        using var signals = new TerminalSignals(() => ui.Post(() => controller?.RequestQuit()));
        try
        {
            app = Application.Create();
            app.Init();
            if (!options.NoColor)
            {
                app.Driver!.Force16Colors = true;
            }

            ui.Attach(app);
            controller = new DebuggerController(session, options, ui);
            using var screen = new DebuggerScreen(app, controller, Theme.For(options.NoColor));
            started?.Invoke(app, controller);
            app.Run(screen);
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            ui.Detach();
            if (failure is not null)
            {
                (controller?.Session ?? session).Driver.Recorder.Error(Describe(failure));
            }

            if (controller is not null)
            {
                controller.Dispose();
            }
            else
            {
                session.Driver.Dispose();
            }

            Restore(app);
        }

        // Only now, with the terminal restored, can anything printed be seen.
        if (failure is not null)
        {
            try
            {
                error.WriteLine($"ardiv: error: {Describe(failure)}");
            }
            catch (IOException)
            {
                // The terminal is gone.
            }

            return ExitCodes.Failure;
        }

        return signals.Received is int signal ? 128 + signal : ExitCodes.Success;
    }

    /// <summary>
    /// Disposes the app, which restores the terminal. When the terminal has gone away (SIGHUP: the
    /// window was closed) Terminal.Gui's shutdown never finishes, and there is nothing left to restore:
    /// give up after a few seconds so the process still ends.
    /// </summary>
    private static void Restore(IApplication? app)
    {
        if (app is null)
        {
            return;
        }

        var disposal = Task.Run(app.Dispose);
        try
        {
            disposal.Wait(TimeSpan.FromSeconds(3));
        }
        catch (AggregateException)
        {
            // Restoring failed; nothing more can be done for the terminal.
        }
    }

    private static string Describe(Exception exception) =>
        exception is WorkerFailedException { InnerException: { } inner } ? $"{exception.Message} ({inner.GetType().Name})" : exception.Message;

    /// <summary>
    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT end the loop like q does, so the terminal is restored and the
    /// recording ended; if the loop has not ended 10 s later the process exits anyway.
    /// </summary>
    private sealed class TerminalSignals : IDisposable
    {
        private static readonly (PosixSignal Signal, int Number)[] Handled =
        [
            (PosixSignal.SIGINT, 2), (PosixSignal.SIGTERM, 15), (PosixSignal.SIGHUP, 1), (PosixSignal.SIGQUIT, 3),
        ];

        private readonly List<PosixSignalRegistration> _registrations = [];
        private Timer? _watchdog;
        private int _received;

        public TerminalSignals(Action quit)
        {
            foreach (var (signal, number) in Handled)
            {
                try
                {
                    _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                    {
                        context.Cancel = true;
                        if (Interlocked.CompareExchange(ref _received, number, 0) == 0)
                        {
                            _watchdog = new Timer(_ => Environment.Exit(128 + number), null, TimeSpan.FromSeconds(10), System.Threading.Timeout.InfiniteTimeSpan);
                        }

                        quit();
                    }));
                }
                catch (PlatformNotSupportedException)
                {
                    // Not every signal exists everywhere (Windows has no SIGHUP handler).
                }
            }
        }

        /// <summary>The number of the first signal received, or null.</summary>
        public int? Received => Volatile.Read(ref _received) is var n && n != 0 ? n : null;

        public void Dispose()
        {
            _watchdog?.Dispose();
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }
    }
}

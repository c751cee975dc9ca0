using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>`run` and `estimate` draw a progress bar on a terminal's stderr, and nothing otherwise (issue 10, item 5).</summary>
public class ProgressTests
{
    [Theory]
    [InlineData(0.0, 0, 0)]
    [InlineData(0.5, 15, 50)]
    [InlineData(0.349, 10, 34)]
    [InlineData(0.999, 29, 99)]
    [InlineData(1.0, 30, 100)]
    [InlineData(1.7, 30, 100)]
    [InlineData(-0.2, 0, 0)]
    [InlineData(double.NaN, 0, 0)]
    public void A_fraction_renders_as_whole_cells_and_a_floored_percent(double fraction, int filled, int percent)
    {
        var line = ProgressLine.Render("ar: exact off_manifold", fraction);
        var expected = "ar: exact off_manifold [" + new string('#', filled) + new string('.', ProgressLine.BarWidth - filled) + "] "
            + percent.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(3) + "%";
        Assert.Equal(expected, line);
    }

    [Fact]
    public void Reports_are_drawn_at_most_once_per_interval_of_the_clock()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = StderrProgress.For(Terminal(error, clock), quiet: false);
        progress.Start("work");
        progress.Report(0.1);
        progress.Report(0.2);
        clock.Advance(StderrProgress.Interval - TimeSpan.FromMilliseconds(1));
        progress.Report(0.3);
        Assert.Equal(1, Draws(error));
        Assert.Contains("10%", error.ToString(), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        progress.Report(0.4);
        Assert.Equal(2, Draws(error));
        Assert.EndsWith(ProgressLine.Render("work", 0.4), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_piece_of_work_is_drawn_at_once_and_clearing_erases_the_line()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = StderrProgress.For(Terminal(error, clock), quiet: false);
        progress.Start("first");
        progress.Report(0.5);
        progress.Start("second");
        progress.Report(0.1);
        Assert.Equal(2, Draws(error));
        progress.Clear();
        var width = ProgressLine.Render("second", 0.1).Length;
        Assert.EndsWith("\r" + new string(' ', width) + "\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_drawn_when_stderr_is_redirected_or_quiet()
    {
        using var error = new StringWriter();
        var redirected = StderrProgress.For(new ConsoleStreams(TextWriter.Null, error, OutIsTerminal: false), quiet: false);
        var quiet = StderrProgress.For(Terminal(error, new ManualClock()), quiet: true);
        foreach (var progress in new[] { redirected, quiet })
        {
            progress.Start("work");
            progress.Report(0.5);
            progress.Clear();
            Assert.False(progress.Enabled);
        }

        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("estimate")]
    public void The_verbs_draw_progress_on_a_terminal_and_erase_it(string verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ArdivCommandLine.Run([verb, "lecun-iid", "--format", "csv"], Terminal(error, new ManualClock(), output));
        Assert.Equal(0, exit);
        var text = error.ToString();
        Assert.Contains("stepping [", text, StringComparison.Ordinal);
        Assert.Contains(": exact off_manifold [", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
        Assert.Equal("", text.Split('\r')[^1]);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("estimate")]
    public void The_verbs_write_nothing_to_a_redirected_stderr(string verb)
    {
        var (exit, _, error) = CliRunner.Run(verb, "lecun-iid", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("estimate")]
    public void Quiet_keeps_a_terminal_stderr_empty(string verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ArdivCommandLine.Run([verb, "lecun-iid", "--format", "csv", "--quiet"], Terminal(error, new ManualClock(), output));
        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Monte_carlo_reports_its_progress_too()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ArdivCommandLine.Run(["estimate", "lecun-iid", "--method", "mc", "--samples", "500", "--format", "csv"], Terminal(error, new ManualClock(), output));
        Assert.Equal(0, exit);
        Assert.Contains(": monte carlo [", error.ToString(), StringComparison.Ordinal);
    }

    private static ConsoleStreams Terminal(TextWriter error, TimeProvider clock, TextWriter? output = null) =>
        new(output ?? TextWriter.Null, error, OutIsTerminal: false) { ErrorIsTerminal = true, Clock = clock };

    private static int Draws(StringWriter error) => error.ToString().Count(c => c == '\r');

    /// <summary>A clock that moves only when told (never the wall clock: no timed tests).</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// `e` writes its files on the worker and reports on the message line when done: a folder that cannot be made
/// (a file stands in its place) gives the reason there, and the debugger goes on.
/// </summary>
public sealed class ChartExportErrorTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void An_export_to_a_folder_that_cannot_be_made_says_why_and_the_debugger_goes_on()
    {
        var folder = Path.Combine(_file, "charts");
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { ExportFolder = folder }, width: 200);
        tui.Press(Key.N, Key.E);
        Assert.Contains(tui.Lines, line => line.Contains($"cannot export the charts to {folder}", StringComparison.Ordinal));
        Assert.False(Directory.Exists(folder));

        tui.Press(Key.N);
        Assert.Equal(2, tui.Snapshot.T);
    }
}

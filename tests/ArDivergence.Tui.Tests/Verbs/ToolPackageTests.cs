using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using ArDivergence.Tui.Tests.EndToEnd;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>
/// `dotnet pack` makes RID-specific tool packages (issue 17 item 3): a ReadyToRun linux-x64 package with
/// linux-x64 natives only, a portable `any` package, and the pointer package that `dotnet tool install
/// --add-source` installs (README).
/// </summary>
public class ToolPackageTests
{
    private static readonly string ProjectFile = Path.Combine(RepositoryFiles.Root, "src", "ArDivergence.Tui", "ArDivergence.Tui.csproj");
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(20);

    [Fact]
    public void Pack_makes_a_ReadyToRun_linux_x64_package_a_portable_one_and_a_pointer_that_installs()
    {
        var folder = Directory.CreateTempSubdirectory("ardiv-pack-").FullName;
        try
        {
            var packages = Path.Combine(folder, "nupkg");
            var (code, output) = Tmux.RunProcess("dotnet", ["pack", ProjectFile, "-o", packages, "-nologo"], Slow);
            Assert.True(code == 0, output);

            var files = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order().ToArray();
            var pointer = Assert.Single(files, f => System.Text.RegularExpressions.Regex.IsMatch(f!, @"^ArDivergence\.Tui\.[0-9]"));
            var linux = Assert.Single(files, f => f!.StartsWith("ArDivergence.Tui.linux-x64.", StringComparison.Ordinal));
            var any = Assert.Single(files, f => f!.StartsWith("ArDivergence.Tui.any.", StringComparison.Ordinal));
            Assert.Equal(3, files.Length);

            using (var zip = ZipFile.OpenRead(Path.Combine(packages, pointer!)))
            {
                Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
                var settings = Text(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml"));
                Assert.Contains("linux-x64", settings, StringComparison.Ordinal);
                Assert.Contains("\"any\"", settings, StringComparison.Ordinal);
            }

            using (var zip = ZipFile.OpenRead(Path.Combine(packages, linux!)))
            {
                Assert.True(IsReadyToRun(zip, "tools/net10.0/linux-x64/ardiv.dll"), "ardiv.dll is not ReadyToRun");
                Assert.True(IsReadyToRun(zip, "tools/net10.0/linux-x64/Terminal.Gui.dll"), "Terminal.Gui.dll is not ReadyToRun");
                // Natives of other platforms stay out: a RID-specific publish flattens runtimes/linux-x64/native, and
                // a package that copies its own (LLamaSharp.Backend.Cpu's props) keeps only runtimes/linux-x64.
                Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("/runtimes/", StringComparison.Ordinal)
                    && !e.FullName.Contains("/runtimes/linux-x64/", StringComparison.Ordinal));
                Assert.DoesNotContain(zip.Entries, e => e.Name.EndsWith(".dylib", StringComparison.Ordinal));
            }

            using (var zip = ZipFile.OpenRead(Path.Combine(packages, any!)))
            {
                Assert.False(IsReadyToRun(zip, "tools/net10.0/any/ardiv.dll"), "the portable package cannot be ReadyToRun");
            }

            if (OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64)
            {
                var tools = Path.Combine(folder, "tools");
                (code, output) = Tmux.RunProcess("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "ArDivergence.Tui"], Slow);
                Assert.True(code == 0, output);
                (code, output) = Tmux.RunProcess(Path.Combine(tools, "ardiv"), ["--version"], Slow);
                Assert.True(code == 0, output);
                var installed = Directory.GetFiles(tools, "ardiv.dll", SearchOption.AllDirectories);
                Assert.Contains(installed, path => path.Contains("linux-x64", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static bool IsReadyToRun(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new FileNotFoundException(path);
        using var pe = new PEReader(new MemoryStream(Bytes(entry)));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}

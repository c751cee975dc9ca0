using ArDivergence.Core.Debugging;

namespace ArDivergence.Core.Tests;

/// <summary>The dependency rule of docs/architecture.md, checked on the built assemblies and the sources.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Core_references_only_the_base_library_and_mathnet()
    {
        var references = typeof(DebuggerSession).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        var outside = references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal)
            || name == "netstandard" || name == "MathNet.Numerics")).ToArray();
        Assert.True(outside.Length == 0, $"Core references {string.Join(", ", outside)}");
    }

    [Theory]
    [InlineData("src/ArDivergence.Core/ArDivergence.Core.csproj", "MathNet.Numerics")]
    [InlineData("src/ArDivergence.Scenarios/ArDivergence.Scenarios.csproj", "ArDivergence.Core", "ArDivergence.Traces", "YamlDotNet")]
    [InlineData("src/ArDivergence.Models/ArDivergence.Models.csproj", "ArDivergence.Core", "LLamaSharp")]
    [InlineData("src/ArDivergence.Gguf/ArDivergence.Gguf.csproj", "ArDivergence.Core")]
    [InlineData("src/ArDivergence.Traces/ArDivergence.Traces.csproj", "ArDivergence.Core")]
    public void Projects_depend_only_on_what_the_rule_allows(string project, params string[] allowed)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), project));
        var references = System.Text.RegularExpressions.Regex.Matches(text, "<(?:PackageReference|ProjectReference) Include=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .Select(v => v.EndsWith(".csproj", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(v.Replace('\\', '/')) : v)
            .ToArray();
        Assert.Equal(allowed.Order(), references.Order());
    }

    [Fact]
    public void Core_never_reads_a_clock_global_randomness_the_console_or_files()
    {
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "Random.Shared", "new Random(", "Console.", "File.", "Environment.GetEnvironmentVariable", "Stopwatch"];
        var offenders = SourceFiles("src/ArDivergence.Core")
            .SelectMany(file => forbidden.Where(f => File.ReadAllText(file).Contains(f, StringComparison.Ordinal)).Select(f => $"{file}: {f}"))
            .ToArray();
        Assert.True(offenders.Length == 0, string.Join('\n', offenders));
    }

    [Fact]
    public void Headless_verbs_and_recording_never_touch_terminal_gui()
    {
        var offenders = SourceFiles("src/ArDivergence.Tui/Verbs")
            .Concat(SourceFiles("src/ArDivergence.Tui/Recording"))
            .Concat(SourceFiles("src/ArDivergence.Tui/Output"))
            .Where(file => File.ReadAllText(file).Contains("using Terminal.Gui", StringComparison.Ordinal))
            .ToArray();
        Assert.True(offenders.Length == 0, string.Join('\n', offenders));
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ArDivergence.Tui.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("no repository root");
    }

    private static IEnumerable<string> SourceFiles(string relativeFolder)
    {
        var folder = Path.Combine(RepositoryRoot(), relativeFolder);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }
}

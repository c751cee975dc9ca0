using System.Xml.Linq;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>The tool package carries the README, its output folder is not committed, and the README says how to reinstall (issue 10, item 13).</summary>
public class PackagingTests
{
    private static readonly string ProjectFile = Path.Combine(RepositoryFiles.Root, "src", "ArDivergence.Tui", "ArDivergence.Tui.csproj");

    [Fact]
    public void The_package_names_the_readme_and_packs_it_at_its_root()
    {
        var project = XDocument.Load(ProjectFile);
        var readme = project.Descendants("PackageReadmeFile").Select(e => e.Value).SingleOrDefault();
        Assert.Equal("README.md", readme);
        var packed = project.Descendants("None")
            .Where(e => (string?)e.Attribute("Pack") == "true")
            .SingleOrDefault(e => Path.GetFileName(((string?)e.Attribute("Include"))?.Replace('\\', '/') ?? "") == "README.md");
        Assert.NotNull(packed);
        Assert.Contains((string?)packed.Attribute("PackagePath"), new[] { "\\", "/", "" });
        var include = ((string?)packed.Attribute("Include"))!.Replace('\\', '/');
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(ProjectFile)!, include)), include);
    }

    [Fact]
    public void The_pack_folder_is_ignored_by_git()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, ".gitignore")).Select(l => l.Trim());
        Assert.Contains(lines, l => l is "nupkg/" or "/nupkg/");
    }

    [Fact]
    public void The_readme_says_how_to_install_and_reinstall_the_tool()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        Assert.Contains("dotnet tool install -g --add-source nupkg ArDivergence.Tui", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet tool update -g --add-source nupkg ArDivergence.Tui", readme, StringComparison.Ordinal);
    }
}

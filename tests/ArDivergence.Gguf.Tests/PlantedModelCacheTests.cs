using ArDivergence.Core.Scenarios;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;

namespace ArDivergence.Gguf.Tests;

/// <summary>Planting on first use: one file per planted content, written atomically, found again.</summary>
public sealed class PlantedModelCacheTests
{
    [Fact]
    public void The_same_lane_is_planted_once_and_found_again()
    {
        using var folder = new TemporaryFolder();
        var scenario = TestScenarios.Shipped("lecun-iid");
        var first = PlantedModelCache.GetOrPlant(scenario, "invalid", folder.Path);
        var second = PlantedModelCache.GetOrPlant(scenario, "invalid", folder.Path);
        Assert.True(first.Written);
        Assert.False(second.Written);
        Assert.Equal(first.Path, second.Path);
        Assert.Equal(Path.GetFullPath(folder.Path), Path.GetDirectoryName(first.Path));
        Assert.StartsWith("lecun-iid-invalid-", Path.GetFileName(first.Path), StringComparison.Ordinal);
        Assert.Contains(first.Sha256[..16], first.Path, StringComparison.Ordinal);
        Assert.Equal(new FileInfo(first.Path).Length, first.Size);
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left behind
        Assert.Equal("lecun-iid", GgufReader.ReadFile(first.Path)[PlantedKeys.Scenario]!.AsString());
    }

    [Fact]
    public void Different_content_is_a_different_file()
    {
        using var folder = new TemporaryFolder();
        var shipped = TestScenarios.Shipped("ngram-language");
        // The bigram is trained on samples drawn with the seed: another seed, other counts, another file.
        var reseeded = ScenarioCompiler.Compile(shipped.Spec, seed: 99);
        var a = PlantedModelCache.GetOrPlant(shipped, "bigram", folder.Path);
        var b = PlantedModelCache.GetOrPlant(reseeded, "bigram", folder.Path);
        var c = PlantedModelCache.GetOrPlant(TestScenarios.Shipped("lecun-iid"), "uniform", folder.Path);
        Assert.Equal(3, new[] { a.Path, b.Path, c.Path }.Distinct().Count());
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void The_default_folder_follows_XDG_CACHE_HOME()
    {
        Assert.EndsWith(Path.Combine("ardiv", "models"), PlantedModelCache.DefaultFolder(), StringComparison.Ordinal);
    }
}

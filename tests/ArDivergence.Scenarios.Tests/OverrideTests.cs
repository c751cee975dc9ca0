using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Overrides;

namespace ArDivergence.Scenarios.Tests;

/// <summary>`--set` overrides go into the file's tree before it is read, so each point is checked like a file.</summary>
public class OverrideTests
{
    private static readonly string Doomed = ShippedScenarios.Find("is-ar-doomed")!.Text;

    [Fact]
    public void An_override_is_read_exactly_like_the_same_value_written_in_the_file()
    {
        var overridden = ScenarioLoader.LoadText(Doomed, "d.yaml", [new("length", "12"), new("generators.mpc.commit", "4"), new("generators.ar.model.error", "0.05")]);
        var written = ScenarioLoader.LoadText(
            Doomed.Replace("length: 60", "length: 12", StringComparison.Ordinal)
                .Replace("commit: 1", "commit: 4", StringComparison.Ordinal)
                .Replace("error: 0.01", "error: 0.05", StringComparison.Ordinal),
            "d.yaml");
        Assert.True(overridden.Succeeded, string.Join("\n", overridden.Diagnostics));
        Assert.Equal(12, overridden.Spec!.Length);
        Assert.Equal(4, ((MpcGeneratorSpec)overridden.Spec.Generators[2]).Commit);
        Assert.Equal(written.Spec!.Generators, overridden.Spec.Generators);
        Assert.Equal(written.Spec.Length, overridden.Spec.Length);
    }

    [Fact]
    public void A_key_the_file_leaves_out_is_added()
    {
        var result = ScenarioLoader.LoadText(Doomed, "d.yaml", [new("generators.mpc.prefix_cache", "true"), new("generators.mpc.horizon", "5")]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var mpc = (MpcGeneratorSpec)result.Spec!.Generators[2];
        Assert.True(mpc.PrefixCache);
        Assert.Equal(5, mpc.Horizon);
    }

    [Fact]
    public void A_list_item_can_be_named_by_its_index()
    {
        var result = ScenarioLoader.LoadText(Doomed, "d.yaml", [new("generators.2.commit", "3")]);
        Assert.Equal(3, ((MpcGeneratorSpec)result.Spec!.Generators[2]).Commit);
    }

    [Theory]
    [InlineData("generators.nobody.commit", "3", "--set generators.nobody.commit: generators has no item named 'nobody' (names: ar, one-shot, mpc)")]
    [InlineData("seed.x", "3", "--set seed.x: seed is a value, not a mapping, so it has no key 'x'")]
    [InlineData("generators..commit", "3", "a key is names joined by dots")]
    [InlineData("length", "-4", "'length': must be at least 1")]
    [InlineData("generators.mpc.commit", "many", "commit")]
    [InlineData("lenght", "5", "lenght")]
    public void A_bad_override_is_a_diagnostic_of_the_file(string key, string value, string fragment)
    {
        var result = ScenarioLoader.LoadText(Doomed, "d.yaml", [new(key, value)]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "d.yaml" && d.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void The_original_text_is_not_changed_by_an_override()
    {
        _ = ScenarioLoader.LoadText(Doomed, "d.yaml", [new("length", "12")]);
        Assert.Equal(60, ScenarioLoader.LoadText(Doomed, "d.yaml").Spec!.Length);
    }
}

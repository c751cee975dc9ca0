using System.Diagnostics;
using System.Text;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// Files near the size limit load without blowing up, even when every line is a mistake. The bound is a
/// hang detector that holds on a loaded machine (quadratic work on 1 MiB would take many minutes); how fast
/// the loader really is belongs to the benchmarks (BENCHMARKS.md, validate).
/// </summary>
public sealed class PerformanceTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(30);

    [Fact]
    public void File_full_of_mistakes_is_reported_quickly_and_the_list_is_capped()
    {
        // ~1 MiB: a closed vocabulary and a prompt of 300,000 tokens outside it, plus a structural error per line below.
        var text = new StringBuilder("name: t\nvocabulary: [b]\nprompt: \"");
        text.Insert(text.Length, "a ", 300_000).Append("\"\nextra_tokens:\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append("  - ~\n");
        }

        text.Append(ScenarioText.Minimal[(ScenarioText.Minimal.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        Assert.True(Encoding.UTF8.GetByteCount(text.ToString()) <= ScenarioLimits.MaxFileBytes);

        var watch = Stopwatch.StartNew();
        var result = Load.Text(text.ToString());
        Assert.True(watch.Elapsed < Quick, $"took {watch.Elapsed}");
        Assert.Equal(ScenarioLimits.MaxDiagnostics + 1, result.Diagnostics.Count);
        Assert.Contains("more errors not shown", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_valid_file_loads_quickly()
    {
        var text = new StringBuilder("name: big\nmanifold:\n  kind: sequences\n  sequences:\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("    - {tokens: \"w").Append(i % 50).Append(" v").Append(i).Append(" z\", weight: 2}\n");
        }

        text.Append("generators:\n  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}\n");
        var watch = Stopwatch.StartNew();
        var spec = Load.Valid(text.ToString());
        Assert.True(watch.Elapsed < Quick, $"took {watch.Elapsed}");
        Assert.Equal(20_000, ((Core.Specs.SequencesManifoldSpec)spec.Manifold).Sequences.Count);
    }
}

namespace ArDivergence.Scenarios.Tests;

/// <summary>Loads scenario text in tests and states expectations about its diagnostics.</summary>
internal static class Load
{
    public const string File = "test.yaml";

    public static ScenarioLoadResult Text(string yaml) => ScenarioLoader.LoadText(yaml, File);

    /// <summary>The file must fail with exactly one diagnostic, at this position, whose message contains every fragment.</summary>
    public static ScenarioDiagnostic SingleError(string yaml, int line, int column, params string[] fragments)
    {
        var result = Text(yaml);
        Assert.Null(result.Spec);
        Assert.True(result.Diagnostics.Count == 1, "expected one diagnostic, got:\n" + Describe(result));
        var diagnostic = result.Diagnostics[0];
        AssertAt(diagnostic, line, column, fragments);
        return diagnostic;
    }

    /// <summary>The file must fail, and one of its diagnostics must be at this position with these fragments.</summary>
    public static void HasError(ScenarioLoadResult result, int line, int column, params string[] fragments)
    {
        Assert.Null(result.Spec);
        Assert.True(
            result.Diagnostics.Any(d => d.Line == line && d.Column == column && fragments.All(f => d.Message.Contains(f, StringComparison.Ordinal))),
            $"expected an error at {line}:{column} containing [{string.Join(" | ", fragments)}], got:\n" + Describe(result));
    }

    public static void AssertAt(ScenarioDiagnostic diagnostic, int line, int column, params string[] fragments)
    {
        Assert.Equal(File, diagnostic.File);
        Assert.True(diagnostic.Line == line && diagnostic.Column == column, $"expected {line}:{column}, got {diagnostic}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
        }
    }

    public static string Describe(ScenarioLoadResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics);

    /// <summary>The file must load without diagnostics.</summary>
    public static Core.Specs.ScenarioSpec Valid(string yaml)
    {
        var result = Text(yaml);
        Assert.True(result.Spec is not null && result.Diagnostics.Count == 0, Describe(result));
        return result.Spec!;
    }
}

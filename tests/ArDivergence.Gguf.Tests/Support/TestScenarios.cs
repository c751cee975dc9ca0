using ArDivergence.Core.Scenarios;
using ArDivergence.Scenarios;

namespace ArDivergence.Gguf.Tests.Support;

/// <summary>Shipped and inline scenarios, compiled.</summary>
internal static class TestScenarios
{
    public static CompiledScenario Shipped(string name)
    {
        var shipped = ShippedScenarios.Find(name) ?? throw new InvalidOperationException($"no shipped scenario '{name}'");
        return FromText(shipped.Text, shipped.FileName);
    }

    public static CompiledScenario FromText(string yaml, string fileName = "inline.yaml")
    {
        var loaded = ScenarioLoader.LoadText(yaml, fileName);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return ScenarioCompiler.Compile(loaded.Spec!);
    }
}

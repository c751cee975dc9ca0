using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>What a descriptor's validation sees of one lane: the scenario, where the lane is written, and a way to report.</summary>
public sealed class GeneratorCheck
{
    private readonly Action<SpecProblem> _report;

    internal GeneratorCheck(
        ScenarioSpec scenario, int index, string manifoldDescription, IReadOnlySet<string>? vocabulary, KindRegistry kinds, Action<SpecProblem> report)
    {
        Scenario = scenario;
        Index = index;
        Path = SpecText.Item("generators", index);
        ManifoldDescription = manifoldDescription;
        Vocabulary = vocabulary;
        Kinds = kinds;
        _report = report;
    }

    public ScenarioSpec Scenario { get; }

    public int Index { get; }

    /// <summary>The lane's spec path, <c>generators[i]</c>.</summary>
    public string Path { get; }

    /// <summary>The manifold as messages name it ("automaton manifold", "path_star task").</summary>
    public string ManifoldDescription { get; }

    /// <summary>V as the compiler will build it, for a lane that names tokens; null when the manifold is too broken to tell.</summary>
    public IReadOnlySet<string>? Vocabulary { get; }

    public KindRegistry Kinds { get; }

    /// <summary>The first lane of this name, if any.</summary>
    public GeneratorSpec? Lane(string name) => Scenario.Generators.FirstOrDefault(g => g.Name == name);

    /// <summary>Reports a problem at the lane's path followed by <paramref name="suffix"/> (".model", "" for the lane).</summary>
    public void Report(string suffix, string message) => _report(new SpecProblem(Path + suffix, message));
}

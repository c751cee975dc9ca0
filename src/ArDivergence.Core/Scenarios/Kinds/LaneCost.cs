using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>What a descriptor's cost check sees of one lane: the sizes the scenario turned out to have.</summary>
public sealed class LaneCost
{
    private readonly Action<SpecProblem> _report;

    internal LaneCost(ScenarioSpec scenario, int index, int length, long? statesPerPosition, string statesName, int? vocabularySize, Action<SpecProblem> report)
    {
        Scenario = scenario;
        Index = index;
        Path = SpecText.Item("generators", index);
        Length = length;
        StatesPerPosition = statesPerPosition;
        StatesName = statesName;
        VocabularySize = vocabularySize;
        _report = report;
    }

    public ScenarioSpec Scenario { get; }

    public int Index { get; }

    /// <summary>The lane's spec path, <c>generators[i]</c>.</summary>
    public string Path { get; }

    /// <summary>L, the generated tokens.</summary>
    public int Length { get; }

    /// <summary>The most manifold states possible at one position, when known.</summary>
    public long? StatesPerPosition { get; }

    /// <summary>What those states are called in messages ("automaton states", "bracket stacks").</summary>
    public string StatesName { get; }

    /// <summary>|V| when the vocabulary is known.</summary>
    public int? VocabularySize { get; }

    /// <summary>The first lane of this name, if any.</summary>
    public GeneratorSpec? Lane(string name) => Scenario.Generators.FirstOrDefault(g => g.Name == name);

    /// <summary>Reports a problem at the lane's path followed by <paramref name="suffix"/>.</summary>
    public void Report(string suffix, string message) => _report(new SpecProblem(Path + suffix, message));
}

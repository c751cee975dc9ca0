using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// Everything Core knows about one generator kind: its name and label, which spec record it reads, how
/// the validator checks it and bounds its cost, and how the compiler builds its lane. The loader's half
/// (keys, YAML mapping, schema definition) is in ArDivergence.Scenarios; a class may implement both.
/// Implement it through <see cref="GeneratorKindDescriptor{TSpec}"/>.
/// </summary>
public interface IGeneratorKind
{
    GeneratorKind Kind { get; }

    /// <summary>The spec record of this kind; the registry finds a lane's descriptor by it.</summary>
    Type SpecType { get; }

    /// <summary>Whether the lane wraps another lane (mpc): such lanes are built after all the others.</summary>
    bool WrapsAnotherLane { get; }

    /// <summary>Whether an mpc lane can plan with this lane's model.</summary>
    bool CanBeWrapped { get; }

    /// <summary>Semantic checks of one lane, reported through <paramref name="check"/>.</summary>
    void Validate(GeneratorSpec spec, GeneratorCheck check);

    /// <summary>Bounds on what the lane will cost to compile and run, checked once the scenario is otherwise sound.</summary>
    void CheckCost(GeneratorSpec spec, LaneCost cost);

    /// <summary>
    /// Whether the lane has its own tokenizer, so that it runs on a text manifold (semantics §8). Lanes that
    /// wrap another one are judged by their inner lane.
    /// </summary>
    bool ReadsText(GeneratorSpec spec) => false;

    /// <summary>The runnable lane; <paramref name="build"/> gives the compiled context and the lanes built so far.</summary>
    IGenerator Build(GeneratorSpec spec, LaneBuild build);
}

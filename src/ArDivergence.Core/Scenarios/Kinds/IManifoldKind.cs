using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// Everything Core knows about one manifold kind (sequences, automaton, each task): how messages name it, its
/// checks and cost bounds, the tokens it emits, the length it fixes and the manifold it builds. Implement it
/// through <see cref="ManifoldKindDescriptor{TSpec}"/>.
/// </summary>
public interface IManifoldKind
{
    Type SpecType { get; }

    /// <summary>The manifold as messages name it ("automaton manifold", "copy task").</summary>
    string Description { get; }

    /// <summary>What its states are called in cost messages ("automaton states").</summary>
    string StatesName { get; }

    /// <summary>Whether L comes from the manifold, so a scenario need not give <c>length</c>.</summary>
    bool LengthIsDerived { get; }

    void Check(ManifoldSpec spec, ManifoldCheck check);

    /// <summary>Rules a given <c>length</c> must follow (reported at <c>length</c>), once it is in range.</summary>
    void CheckLength(ManifoldSpec spec, int length, ManifoldCheck check);

    /// <summary>
    /// The states possible at one position for this L, or null after reporting why they cannot be counted.
    /// <paramref name="bounded"/> is true when the kind bounded its own state space (no shared state-space check then).
    /// </summary>
    long? StatesAtOnePosition(ManifoldSpec spec, int length, ManifoldCheck check, out bool bounded);

    /// <summary>Whether some sequence of length L exists; null when it does (asked only of an otherwise valid scenario).</summary>
    SpecProblem? Feasibility(ManifoldSpec spec, int length);

    /// <summary>Every token the manifold can emit, in first-seen order (independent of the seed).</summary>
    IReadOnlyList<string> EmittableTokens(ManifoldSpec spec);

    /// <summary>L as the manifold fixes it, or null when the scenario's <c>length</c> gives it.</summary>
    int? DerivedLength(ManifoldSpec spec);

    IManifold Build(ManifoldSpec spec, Vocabulary vocabulary, int length, TaskInstance? task);
}

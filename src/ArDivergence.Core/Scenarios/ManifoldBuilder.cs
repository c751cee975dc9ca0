using System.Collections;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>Turns a manifold spec into an <see cref="IManifold"/> over token ids, through its kind's descriptor.</summary>
public static class ManifoldBuilder
{
    /// <summary>The padding token of shorter listed sequences.</summary>
    public const string EndOfSequence = "<eos>";

    /// <summary>Every token the manifold can emit, in first-seen order (independent of the seed).</summary>
    /// <param name="kinds">The manifold kinds; the built-in ones when null.</param>
    public static IReadOnlyList<string> EmittableTokens(ManifoldSpec manifold, KindRegistry? kinds = null) =>
        (kinds ?? KindRegistry.BuiltIn).ManifoldFor(manifold).EmittableTokens(manifold);

    /// <summary>L as the manifold fixes it, or null when the scenario's <c>length</c> gives it.</summary>
    public static int? DerivedLength(ManifoldSpec manifold, KindRegistry? kinds = null) =>
        (kinds ?? KindRegistry.BuiltIn).ManifoldFor(manifold).DerivedLength(manifold);

    /// <summary>The manifold of the spec's kind, made tolerant of <see cref="ManifoldSpec.Tolerance"/> invalid tokens when that is above 0.</summary>
    public static IManifold Build(ManifoldSpec manifold, Vocabulary vocabulary, int length, TaskInstance? task, KindRegistry? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        var built = (kinds ?? KindRegistry.BuiltIn).ManifoldFor(manifold).Build(manifold, vocabulary, length, task);
        return manifold.Tolerance > 0 ? new TolerantManifold(built, manifold.Tolerance) : built;
    }

    public static AutomatonManifold Automaton(AutomatonManifoldSpec automaton, Vocabulary vocabulary, int length)
    {
        ArgumentNullException.ThrowIfNull(automaton);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var index = automaton.States.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var accepting = new BitArray(automaton.States.Count, automaton.Accept is null);
        foreach (var name in automaton.Accept ?? [])
        {
            accepting[index[name]] = true;
        }

        var transitions = automaton.States
            .Select(s => s.Moves.Select(m => new AutomatonTransition(vocabulary.IdOf(m.Token), index[m.To], m.P)).ToArray())
            .ToArray();
        return new AutomatonManifold(vocabulary.Count, length, index[automaton.Start], accepting, transitions);
    }
}

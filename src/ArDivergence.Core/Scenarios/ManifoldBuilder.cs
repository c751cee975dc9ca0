using System.Collections;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>Turns a manifold spec into an <see cref="IManifold"/> over token ids.</summary>
public static class ManifoldBuilder
{
    /// <summary>The padding token of shorter listed sequences.</summary>
    public const string EndOfSequence = "<eos>";

    /// <summary>Every token the manifold can emit, in first-seen order (independent of the seed).</summary>
    public static IReadOnlyList<string> EmittableTokens(ManifoldSpec manifold) => manifold switch
    {
        SequencesManifoldSpec sequences => SequenceTokens(sequences),
        AutomatonManifoldSpec automaton => [.. automaton.States.SelectMany(s => s.Moves).Select(m => m.Token).Distinct()],
        TaskManifoldSpec task => TaskGenerator.EmittableTokens(task),
        _ => throw new ArgumentOutOfRangeException(nameof(manifold), manifold, "unknown manifold kind"),
    };

    /// <summary>L as the manifold fixes it, or null when the scenario's <c>length</c> gives it.</summary>
    public static int? DerivedLength(ManifoldSpec manifold) => manifold switch
    {
        SequencesManifoldSpec sequences => sequences.Sequences.Count == 0 ? 0 : sequences.Sequences.Max(s => s.Tokens.Count),
        TaskManifoldSpec task => TaskGenerator.DerivedLength(task),
        _ => null,
    };

    public static IManifold Build(ManifoldSpec manifold, Vocabulary vocabulary, int length, TaskInstance? task)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return manifold switch
        {
            SequencesManifoldSpec sequences => new SequencesManifold(
                vocabulary.Count,
                [.. sequences.Sequences.Select(s => (Padded(s.Tokens, length, vocabulary), s.Weight))]),
            AutomatonManifoldSpec automaton => Automaton(automaton, vocabulary, length),
            DyckTaskSpec dyck => new DyckManifold(
                vocabulary.Count,
                length,
                [.. dyck.Pairs.Select(p => (vocabulary.IdOf(p.Open), vocabulary.IdOf(p.Close)))],
                dyck.MaxDepth),
            TaskManifoldSpec => new FixedContinuationManifold(
                vocabulary.Count,
                [.. (task ?? throw new ArgumentNullException(nameof(task))).Continuation.Select(vocabulary.IdOf)]),
            _ => throw new ArgumentOutOfRangeException(nameof(manifold), manifold, "unknown manifold kind"),
        };
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

    private static List<string> SequenceTokens(SequencesManifoldSpec sequences)
    {
        var tokens = sequences.Sequences.SelectMany(s => s.Tokens).Distinct().ToList();
        var longest = sequences.Sequences.Count == 0 ? 0 : sequences.Sequences.Max(s => s.Tokens.Count);
        if (sequences.Sequences.Any(s => s.Tokens.Count < longest))
        {
            tokens.Add(EndOfSequence);
        }

        return tokens;
    }

    private static int[] Padded(IReadOnlyList<string> tokens, int length, Vocabulary vocabulary) =>
        [.. tokens.Concat(Enumerable.Repeat(EndOfSequence, length - tokens.Count)).Select(vocabulary.IdOf)];
}

using System.Collections;

namespace ArDivergence.Core.Manifolds;

/// <summary>
/// A deterministic automaton over tokens. A token is valid only if an accepting state is still
/// reachable at exactly position L; P* is proportional to the weights of the valid moves.
/// </summary>
public sealed class AutomatonManifold : IManifold
{
    /// <summary>How many distinct feasibility sets the backward pass may keep before giving up.</summary>
    public const int MaxDistinctFeasibilitySets = 4096;

    private readonly AutomatonTransition[][] _transitions;
    private readonly FeasibilityTable _feasibility;
    private readonly MoveSet?[][] _movesBySet;
    private readonly MoveSet _off;

    public AutomatonManifold(int vocabularySize, int length, int startState, BitArray accepting, IReadOnlyList<AutomatonTransition[]> transitions)
    {
        ArgumentNullException.ThrowIfNull(accepting);
        ArgumentNullException.ThrowIfNull(transitions);
        VocabularySize = vocabularySize;
        Length = length;
        StartState = startState;
        StateCount = transitions.Count;
        _transitions = [.. transitions.Select(moves => moves.OrderBy(m => m.Token).ToArray())];
        _feasibility = new FeasibilityTable(length, StateCount, _transitions, accepting, MaxDistinctFeasibilitySets);
        _movesBySet = new MoveSet?[_feasibility.DistinctSetCount][];
        for (var i = 0; i < _movesBySet.Length; i++)
        {
            _movesBySet[i] = new MoveSet?[StateCount];
        }

        _off = MoveSet.Empty(vocabularySize);
    }

    public int Length { get; }

    public int VocabularySize { get; }

    public int StartState { get; }

    public int StateCount { get; }

    /// <summary>Whether any valid sequence of exactly L tokens exists.</summary>
    public bool HasValidSequence => _feasibility.IsFeasible(StartState, Length);

    /// <summary>Steps whose remaining length has the same feasibility set share their move sets.</summary>
    public int StepClass(int t) => t < 1 || t > Length ? -1 - t : _feasibility.SetIndex(Length - t);

    public MoveSet Moves(int state, int t)
    {
        if (state == ManifoldState.Off || t < 1 || t > Length)
        {
            return _off;
        }

        var set = _feasibility.SetIndex(Length - t);
        var cache = _movesBySet[set];
        var cached = Volatile.Read(ref cache[state]);
        if (cached is not null)
        {
            return cached;
        }

        // Racing threads may both build the same set; either result is correct.
        var built = Build(set, state);
        Volatile.Write(ref cache[state], built);
        return built;
    }

    private MoveSet Build(int set, int state)
    {
        var valid = _transitions[state].Where(m => _feasibility.IsFeasibleInSet(set, m.To)).ToArray();
        return valid.Length == 0
            ? MoveSet.Empty(VocabularySize)
            : new MoveSet(
                VocabularySize,
                [.. valid.Select(m => m.Token)],
                [.. valid.Select(m => m.To)],
                MoveSet.Normalized([.. valid.Select(m => m.Weight)]));
    }
}

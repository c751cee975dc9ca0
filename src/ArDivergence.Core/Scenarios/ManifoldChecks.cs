using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// The validator's checks of the manifold: its own rules (states, moves, task parameters), and what it tells
/// the rest of the run (the tokens it emits, the length it derives, the states possible at one position).
/// </summary>
internal sealed class ManifoldChecks(ValidationRun run)
{
    public void Check()
    {
        switch (run.Spec.Manifold)
        {
            case SequencesManifoldSpec sequences:
                CheckSequences(sequences);
                break;
            case AutomatonManifoldSpec automaton:
                CheckAutomaton(automaton);
                break;
            case CopyTaskSpec copy:
                CheckCopy(copy);
                break;
            case AdditionTaskSpec addition:
                CheckAddition(addition);
                break;
            case HashThenValueTaskSpec hash:
                CheckHashThenValue(hash);
                break;
            case PathStarTaskSpec pathStar:
                CheckPathStar(pathStar);
                break;
            case DyckTaskSpec dyck:
                CheckDyck(dyck);
                break;
            default:
                run.Add("manifold.kind", $"unknown manifold {run.Spec.Manifold.GetType().Name}");
                break;
        }
    }

    private void CheckSequences(SequencesManifoldSpec manifold)
    {
        run.ManifoldDescription = "sequences manifold";
        if (manifold.Sequences.Count == 0)
        {
            run.Add("manifold.sequences", "a sequences manifold needs at least one sequence");
            return;
        }

        if (manifold.Sequences.Count > MaxSequences)
        {
            run.Add("manifold.sequences", Invariant($"{manifold.Sequences.Count:N0} sequences is over the limit of {MaxSequences:N0}"));
            return;
        }

        run.Emitted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < manifold.Sequences.Count; i++)
        {
            var sequence = manifold.Sequences[i];
            var path = Item("manifold.sequences", i);
            if (sequence.Tokens.Count == 0)
            {
                run.Add(path + ".tokens", "a sequence needs at least one token");
            }

            if (!(sequence.Weight > 0) || double.IsInfinity(sequence.Weight))
            {
                run.Add(path + ".weight", "'weight' must be a finite number greater than 0");
            }

            for (var j = 0; j < sequence.Tokens.Count; j++)
            {
                run.Emitted.Add(sequence.Tokens[j]);
                run.ManifoldUses.Add(new TokenUse(sequence.Tokens[j], Item(path + ".tokens", j)));
            }
        }

        var longest = manifold.Sequences.Max(s => s.Tokens.Count);
        run.DerivedLength = longest;
        run.StatesAtOnePosition = manifold.Sequences.Count;
        if (manifold.Sequences.Any(s => s.Tokens.Count < longest))
        {
            run.Emitted.Add(ManifoldBuilder.EndOfSequence);
            run.ImplicitTokens.Add(ManifoldBuilder.EndOfSequence);
        }
    }

    private void CheckAutomaton(AutomatonManifoldSpec manifold)
    {
        run.ManifoldDescription = "automaton manifold";
        if (manifold.States.Count == 0)
        {
            run.Add("manifold.states", "an automaton needs at least one state");
            return;
        }

        if (manifold.States.Count > MaxAutomatonStates)
        {
            run.Add("manifold.states", Invariant($"{manifold.States.Count:N0} states is over the limit of {MaxAutomatonStates:N0}"));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in manifold.States)
        {
            if (!names.Add(state.Name))
            {
                run.Add("manifold.states." + state.Name, $"state '{state.Name}' is defined twice");
            }
        }

        var known = manifold.States.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (!names.Contains(manifold.Start))
        {
            run.Add("manifold.start", $"start state '{manifold.Start}' is not one of the states ({Some(known)})");
        }

        for (var i = 0; i < (manifold.Accept?.Count ?? 0); i++)
        {
            if (!names.Contains(manifold.Accept![i]))
            {
                run.Add(Item("manifold.accept", i), $"accepting state '{manifold.Accept[i]}' is not one of the states ({Some(known)})");
            }
        }

        run.Emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in manifold.States)
        {
            CheckMoves(state, names, known);
        }

        run.StatesAtOnePosition = manifold.States.Count;
    }

    private void CheckMoves(AutomatonStateSpec state, HashSet<string> names, List<string> known)
    {
        var statePath = "manifold.states." + state.Name;
        var firstMoveOnToken = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < state.Moves.Count; i++)
        {
            var move = state.Moves[i];
            var path = Item(statePath, i);
            run.Emitted!.Add(move.Token);
            run.ManifoldUses.Add(new TokenUse(move.Token, path + ".token"));
            if (!names.Contains(move.To))
            {
                run.Add(path + ".to", $"move to '{move.To}', which is not one of the states ({Some(known)})");
            }

            if (firstMoveOnToken.TryGetValue(move.Token, out var first))
            {
                run.Add(path + ".token", Invariant(
                    $"state '{state.Name}' already has a move on token '{move.Token}' (move {first}); the automaton must be deterministic"));
            }
            else
            {
                firstMoveOnToken.Add(move.Token, i);
            }

            if (!(move.P > 0) || double.IsInfinity(move.P))
            {
                run.Add(path + ".p", "'p' must be a finite number greater than 0");
            }
        }
    }

    private void CheckCopy(CopyTaskSpec task)
    {
        run.ManifoldDescription = "copy task";
        var ok = true;
        if (task.Alphabet.Count == 0)
        {
            run.Add("manifold.alphabet", "the copy task needs a non-empty alphabet");
            ok = false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < task.Alphabet.Count; i++)
        {
            run.ManifoldUses.Add(new TokenUse(task.Alphabet[i], Item("manifold.alphabet", i)));
            if (!seen.Add(task.Alphabet[i]))
            {
                run.Add(Item("manifold.alphabet", i), $"token '{task.Alphabet[i]}' is listed twice in the alphabet");
            }
        }

        ok &= run.Require(task.N >= 1, "manifold.n", Invariant($"'n' must be at least 1, found {task.N}"));
        ok &= run.Require(task.N <= MaxLength, "manifold.n", Invariant($"'n' = {task.N:N0} is over the length limit of {MaxLength:N0}"));
        if (ok)
        {
            AdoptTask(task, namesItsTokens: true);
        }
    }

    private void CheckAddition(AdditionTaskSpec task)
    {
        run.ManifoldDescription = "addition task";
        if (run.Require(task.Digits is >= 1 and <= MaxAdditionDigits, "manifold.digits",
            Invariant($"'digits' must be between 1 and {MaxAdditionDigits} (the sum must fit in a 64-bit integer), found {task.Digits}")))
        {
            AdoptTask(task, namesItsTokens: false);
        }
    }

    private void CheckHashThenValue(HashThenValueTaskSpec task)
    {
        run.ManifoldDescription = "hash_then_value task";
        var ok = run.Require(task.Digits is >= 1 and <= MaxHashThenValueDigits, "manifold.digits",
            Invariant($"'digits' must be between 1 and {MaxHashThenValueDigits} (x² must fit in a 64-bit integer), found {task.Digits}"));
        ok &= run.Require(task.HashDigits is >= 1 and <= MaxHashDigits, "manifold.hash_digits",
            Invariant($"'hash_digits' must be between 1 and {MaxHashDigits} (the FNV-1a hash has {MaxHashDigits} hex digits), found {task.HashDigits}"));
        if (ok)
        {
            AdoptTask(task, namesItsTokens: false);
        }
    }

    private void CheckPathStar(PathStarTaskSpec task)
    {
        run.ManifoldDescription = "path_star task";
        var ok = run.Require(task.Degree >= 2, "manifold.degree", Invariant($"'degree' must be at least 2 (one arm is no choice), found {task.Degree}"));
        ok &= run.Require(task.PathLength >= 2, "manifold.path_length", Invariant($"'path_length' must be at least 2 (source and goal), found {task.PathLength}"));
        if (!ok)
        {
            return;
        }

        var needed = 1 + ((long)task.Degree * (task.PathLength - 1));
        ok &= run.Require(task.Nodes >= needed, "manifold.nodes", Invariant(
            $"'nodes' must be at least 1 + degree·(path_length − 1) = {needed:N0} so that every node of the star has its own label, found {task.Nodes:N0}"));
        ok &= run.Require(task.Nodes <= MaxVocabulary, "manifold.nodes", Invariant(
            $"'nodes' = {task.Nodes:N0} is over the vocabulary limit of {MaxVocabulary:N0} (every node label is a token)"));
        if (ok)
        {
            AdoptTask(task, namesItsTokens: false);
        }
    }

    private void CheckDyck(DyckTaskSpec task)
    {
        run.ManifoldDescription = "dyck task";
        run.Require(task.MaxDepth >= 1, "manifold.max_depth", Invariant($"'max_depth' must be at least 1, found {task.MaxDepth}"));
        if (!run.Require(task.Pairs.Count > 0, "manifold.pairs", "the dyck task needs at least one bracket pair, e.g. \"( )\""))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < task.Pairs.Count; i++)
        {
            var pair = task.Pairs[i];
            var path = Item("manifold.pairs", i);
            run.ManifoldUses.Add(new TokenUse(pair.Open, path));
            run.ManifoldUses.Add(new TokenUse(pair.Close, path));
            if (pair.Open == pair.Close)
            {
                run.Add(path, $"a bracket pair needs two different tokens, found '{pair.Open}' twice");
            }
            else if (!seen.Add(pair.Open) | !seen.Add(pair.Close))
            {
                run.Add(path, $"the pair '{pair.Open} {pair.Close}' reuses a token of an earlier pair");
            }
        }

        AdoptTask(task, namesItsTokens: true);
    }

    /// <summary>
    /// Takes the task's tokens and length from <see cref="TaskGenerator"/> (what the compiler will use), once its
    /// parameters are known to be sane. Tokens the file names (an alphabet, bracket pairs) are checked where they
    /// are written; the others (digits, separators) are "implicit" and reported at the vocabulary.
    /// </summary>
    private void AdoptTask(TaskManifoldSpec task, bool namesItsTokens)
    {
        run.DerivedLength = TaskGenerator.DerivedLength(task);
        run.Emitted = [.. TaskGenerator.EmittableTokens(task)];

        // One valid continuation: one state per position. Dyck's count depends on L (see CheckWork).
        run.StatesAtOnePosition = task is DyckTaskSpec ? null : 1;
        if (!namesItsTokens)
        {
            run.ImplicitTokens.AddRange(run.Emitted);
        }

        run.ImplicitTokens.AddRange(TaskGenerator.PromptOnlyTokens(task));
    }
}

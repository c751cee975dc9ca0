using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: automaton</c>: a deterministic automaton with weighted moves; the scenario gives L.</summary>
public sealed class AutomatonKind : ManifoldKindDescriptor<AutomatonManifoldSpec>
{
    public override string Description => "automaton manifold";

    public override string StatesName => "automaton states";

    public override bool LengthIsDerived => false;

    protected override void Check(AutomatonManifoldSpec manifold, ManifoldCheck check)
    {
        if (manifold.States.Count == 0)
        {
            check.Add("manifold.states", "an automaton needs at least one state");
            return;
        }

        if (manifold.States.Count > MaxAutomatonStates)
        {
            check.Add("manifold.states", Invariant($"{manifold.States.Count:N0} states is over the limit of {MaxAutomatonStates:N0}"));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in manifold.States)
        {
            if (!names.Add(state.Name))
            {
                check.Add("manifold.states." + state.Name, $"state '{state.Name}' is defined twice");
            }
        }

        var known = manifold.States.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (!names.Contains(manifold.Start))
        {
            check.Add("manifold.start", $"start state '{manifold.Start}' is not one of the states ({Some(known)})");
        }

        for (var i = 0; i < (manifold.Accept?.Count ?? 0); i++)
        {
            if (!names.Contains(manifold.Accept![i]))
            {
                check.Add(Item("manifold.accept", i), $"accepting state '{manifold.Accept[i]}' is not one of the states ({Some(known)})");
            }
        }

        check.Emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in manifold.States)
        {
            CheckMoves(state, names, known, check);
        }

        check.StatesAtOnePosition = manifold.States.Count;
    }

    private static void CheckMoves(AutomatonStateSpec state, HashSet<string> names, List<string> known, ManifoldCheck check)
    {
        var statePath = "manifold.states." + state.Name;
        var firstMoveOnToken = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < state.Moves.Count; i++)
        {
            var move = state.Moves[i];
            var path = Item(statePath, i);
            check.Emitted!.Add(move.Token);
            check.UsesToken(move.Token, path + ".token");
            if (!names.Contains(move.To))
            {
                check.Add(path + ".to", $"move to '{move.To}', which is not one of the states ({Some(known)})");
            }

            if (firstMoveOnToken.TryGetValue(move.Token, out var first))
            {
                check.Add(path + ".token", Invariant(
                    $"state '{state.Name}' already has a move on token '{move.Token}' (move {first}); the automaton must be deterministic"));
            }
            else
            {
                firstMoveOnToken.Add(move.Token, i);
            }

            if (!(move.P > 0) || double.IsInfinity(move.P))
            {
                check.Add(path + ".p", "'p' must be a finite number greater than 0");
            }
        }
    }

    protected override SpecProblem? Feasibility(AutomatonManifoldSpec spec, int length)
    {
        try
        {
            var vocabulary = new Vocabulary(EmittableTokens(spec));
            var manifold = ManifoldBuilder.Automaton(spec, vocabulary, length);
            return manifold.HasValidSequence
                ? null
                : new SpecProblem(
                    "length",
                    $"the automaton has no valid sequence of exactly {length} tokens from '{spec.Start}' to an accepting state");
        }
        catch (ScenarioLimitException limit)
        {
            return new SpecProblem("manifold", limit.Message);
        }
        catch (KeyNotFoundException)
        {
            // An unknown state or token: reported by the validator's own checks, not here.
            return null;
        }
    }

    protected override IReadOnlyList<string> EmittableTokens(AutomatonManifoldSpec spec) =>
        [.. spec.States.SelectMany(s => s.Moves).Select(m => m.Token).Distinct()];

    protected override int? DerivedLength(AutomatonManifoldSpec spec) => null;

    protected override IManifold Build(AutomatonManifoldSpec spec, Vocabulary vocabulary, int length, TaskInstance? task) =>
        ManifoldBuilder.Automaton(spec, vocabulary, length);
}

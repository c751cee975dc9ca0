using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: sequences</c>: listed sequences with weights, shorter ones padded with <c>&lt;eos&gt;</c>; L is the longest.</summary>
public sealed class SequencesKind : ManifoldKindDescriptor<SequencesManifoldSpec>
{
    public override string Description => "sequences manifold";

    public override bool LengthIsDerived => true;

    protected override void Check(SequencesManifoldSpec manifold, ManifoldCheck check)
    {
        if (manifold.Sequences.Count == 0)
        {
            check.Add("manifold.sequences", "a sequences manifold needs at least one sequence");
            return;
        }

        if (manifold.Sequences.Count > MaxSequences)
        {
            check.Add("manifold.sequences", Invariant($"{manifold.Sequences.Count:N0} sequences is over the limit of {MaxSequences:N0}"));
            return;
        }

        check.Emitted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < manifold.Sequences.Count; i++)
        {
            var sequence = manifold.Sequences[i];
            var path = Item("manifold.sequences", i);
            if (sequence.Tokens.Count == 0)
            {
                check.Add(path + ".tokens", "a sequence needs at least one token");
            }

            if (!(sequence.Weight > 0) || double.IsInfinity(sequence.Weight))
            {
                check.Add(path + ".weight", "'weight' must be a finite number greater than 0");
            }

            for (var j = 0; j < sequence.Tokens.Count; j++)
            {
                check.Emitted.Add(sequence.Tokens[j]);
                check.UsesToken(sequence.Tokens[j], Item(path + ".tokens", j));
            }
        }

        var longest = manifold.Sequences.Max(s => s.Tokens.Count);
        check.DerivedLength = longest;
        check.StatesAtOnePosition = manifold.Sequences.Count;
        if (manifold.Sequences.Any(s => s.Tokens.Count < longest))
        {
            check.Emitted.Add(ManifoldBuilder.EndOfSequence);
            check.ImplicitTokens.Add(ManifoldBuilder.EndOfSequence);
        }
    }

    /// <summary>Padding is what the manifold stores; it bounds the state space as well (states at one position ≤ sequences).</summary>
    protected override long? StatesAtOnePosition(SequencesManifoldSpec spec, int length, ManifoldCheck check, out bool bounded)
    {
        bounded = true;
        var padded = (long)spec.Sequences.Count * length;
        check.Require(padded <= MaxSequenceTokens, "manifold.sequences", Invariant(
            $"{spec.Sequences.Count:N0} sequences padded to length {length:N0} are {padded:N0} tokens, over the limit of {MaxSequenceTokens:N0} sequence tokens; list fewer or shorter sequences"));
        return check.StatesAtOnePosition;
    }

    protected override IReadOnlyList<string> EmittableTokens(SequencesManifoldSpec spec)
    {
        var tokens = spec.Sequences.SelectMany(s => s.Tokens).Distinct().ToList();
        var longest = spec.Sequences.Count == 0 ? 0 : spec.Sequences.Max(s => s.Tokens.Count);
        if (spec.Sequences.Any(s => s.Tokens.Count < longest))
        {
            tokens.Add(ManifoldBuilder.EndOfSequence);
        }

        return tokens;
    }

    protected override int? DerivedLength(SequencesManifoldSpec spec) => spec.Sequences.Count == 0 ? 0 : spec.Sequences.Max(s => s.Tokens.Count);

    protected override IManifold Build(SequencesManifoldSpec spec, Vocabulary vocabulary, int length, TaskInstance? task) =>
        new SequencesManifold(vocabulary.Count, [.. spec.Sequences.Select(s => (Padded(s.Tokens, length, vocabulary), s.Weight))]);

    private static int[] Padded(IReadOnlyList<string> tokens, int length, Vocabulary vocabulary) =>
        [.. tokens.Concat(Enumerable.Repeat(ManifoldBuilder.EndOfSequence, length - tokens.Count)).Select(vocabulary.IdOf)];
}

using System.Globalization;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Notes on a valid scenario: what it does silently that its writer may not expect.</summary>
internal static class ScenarioNotes
{
    public static IReadOnlyList<ScenarioDiagnostic> For(ScenarioSpec spec, SpecPathMap paths, string file)
    {
        var notes = new List<ScenarioDiagnostic>();
        if (spec.Manifold is SequencesManifoldSpec { Sequences.Count: > 0 } sequences)
        {
            var lengths = sequences.Sequences.Select(s => s.Tokens.Count).ToArray();
            var longest = lengths.Max();
            var firstShorter = Array.FindIndex(lengths, n => n < longest);
            if (firstShorter >= 0)
            {
                // The manifold pads shorter sequences with <eos> (an ordinary token) up to the longest, L.
                var at = paths.Resolve(string.Create(CultureInfo.InvariantCulture, $"manifold.sequences[{firstShorter}]"));
                var message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the sequences have different lengths ({lengths.Min()} to {longest} tokens); the shorter ones are padded with the token {ManifoldBuilder.EndOfSequence} up to {longest} = length, and {ManifoldBuilder.EndOfSequence} is part of the vocabulary");
                notes.Add(new ScenarioDiagnostic(file, at.Line, at.Column, MessageText.Escape(message)) { Severity = DiagnosticSeverity.Note });
            }
        }

        return notes;
    }
}

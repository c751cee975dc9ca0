namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// "No valid sequence of length L" comes from Core's LengthFeasibility (the lead's); these tests pin
/// where the loader reports it and when it is asked.
/// </summary>
public sealed class LengthFeasibilityTests
{
    [Fact]
    public void Automaton_without_a_sequence_of_the_length_is_reported()
    {
        // Every accepted string has even length: none has length 3.
        var result = Load.Text("""
            name: t
            length: 3
            manifold:
              kind: automaton
              start: even
              accept: [even]
              states:
                even: [{token: a, to: odd}]
                odd: [{token: a, to: even}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 2, 9, "no valid sequence of exactly 3 tokens");
    }

    [Fact]
    public void Automaton_whose_accepting_state_cannot_be_reached_is_reported()
    {
        var result = Load.Text("""
            name: t
            length: 2
            manifold:
              kind: automaton
              start: q
              accept: [r]
              states:
                q: [{token: a, to: q}]
                r: []
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 2, 9, "no valid sequence of exactly 2 tokens");
    }

    [Fact]
    public void Feasibility_is_not_asked_of_a_file_with_structural_errors()
    {
        // Length 3 is fine for this automaton; but its p is bad, and a patched spec is not worth asking about.
        var result = Load.Text("""
            name: t
            length: 3
            manifold:
              kind: automaton
              start: q
              states:
                q: [{token: a, to: q, p: -1}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("'p': -1 is out of range", diagnostic.Message, StringComparison.Ordinal);
    }
}

using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests;

/// <summary>The keys of semantics §13 in a file: verifier, manifold.tolerance and after_error, and their mistakes.</summary>
public sealed class VerifierAndToleranceSyntaxTests
{
    [Fact]
    public void Verifier_tolerance_and_after_error_are_read_into_the_spec()
    {
        var result = Load.Text("""
            name: t
            length: 4
            extra_tokens: [x]
            manifold:
              kind: automaton
              tolerance: 2
              start: q
              states:
                q: [{token: a, to: q}]
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.1, after_error: 3}
                verifier: {detect: 0.9, false_alarm: 0.05, retries: 3}
            """);
        Assert.Empty(result.Diagnostics);
        var spec = result.Spec!;
        Assert.Equal(2, spec.Manifold.Tolerance);
        var lane = Assert.IsType<AutoregressiveGeneratorSpec>(spec.Generators[0]);
        Assert.Equal(new VerifierSpec(0.9, 0.05, 3), lane.Verifier);
        Assert.Equal(3.0, Assert.IsType<NoisyOracleModelSpec>(lane.Model).AfterError);
    }

    [Fact]
    public void A_detect_above_1_is_reported_at_its_value()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.1}
                verifier: {detect: 1.5, retries: 1}
            """, 8, 24, "detect");
    }

    [Fact]
    public void A_negative_tolerance_is_reported()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: automaton, tolerance: -1, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}
            """, 3, 40, "tolerance");
    }

    [Fact]
    public void Tolerance_with_a_one_shot_lane_is_refused_at_that_lane()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: automaton, tolerance: 1, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}
              - {name: one, kind: non_autoregressive, model: {kind: joint, sequence_error: 0.1}}
            """, 6, 23, "manifold.tolerance is for autoregressive lanes only");
    }
}

using ArDivergence.Core.Metrics;
using ArDivergence.Core.Tests.Support;
using ArDivergence.Core.Traces;
using CsCheck;
using static ArDivergence.Core.Tests.Support.Recordings;

namespace ArDivergence.Core.Tests;

/// <summary>Token-error and path bounds of a recorded trace from its listed alternatives (semantics §10).</summary>
public sealed class TraceBoundsTests
{
    private const double Tolerance = 1e-12;

    private static readonly AnswersLanguage ParisOnly = new(" Paris.", " Paris");

    [Fact]
    public void When_the_listed_tokens_carry_all_the_mass_low_equals_high_equals_the_exact_error()
    {
        var trace = Trace(
            Token(" Par", Listed(" Par", 0.7), Listed(" Lyon", 0.2), Listed(" Rome", 0.1)),
            Token("is", Listed("is", 0.5), Listed("is.", 0.25), Listed("ade", 0.25)));

        var steps = TraceBounds.Walk(trace, ParisOnly).Steps;

        Assert.Equal(0.3, steps[0].TokenError!.Value, Tolerance);
        Assert.Equal(steps[0].TokenErrorLow!.Value, steps[0].TokenErrorHigh!.Value, Tolerance);
        Assert.Equal(steps[0].TokenErrorLow!.Value, steps[0].TokenErrorValue.Number);
        Assert.Equal(0.25, steps[1].TokenError!.Value, Tolerance);
        Assert.Equal(steps[1].TokenErrorLow!.Value, steps[1].TokenErrorHigh!.Value, Tolerance);
        Assert.Equal(1 - (0.7 * 0.75), steps[1].PathOffLow, Tolerance);
        Assert.Equal(steps[1].PathOffLow, steps[1].PathOffHigh, Tolerance);
    }

    [Fact]
    public void A_top_2_trace_has_the_hand_computed_bounds_at_every_step()
    {
        var trace = Trace(
            Token(" Par", Listed(" Par", 0.8), Listed(" Lyon", 0.15)),
            Token("is", Listed("is", 0.9), Listed("ade", 0.1)),
            Token(".", Listed(".", 0.6), Listed("!", 0.3)));

        var walk = TraceBounds.Walk(trace, ParisOnly);

        // low = listed invalid mass, high = low + (1 − listed mass).
        (double Low, double High)[] expected = [(0.15, 0.15 + 0.05), (0.1, 0.1), (0.3, 0.3 + 0.1)];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Low, walk.Steps[i].TokenErrorLow!.Value, Tolerance);
            Assert.Equal(expected[i].High, walk.Steps[i].TokenErrorHigh!.Value, Tolerance);
        }

        Assert.Null(walk.Steps[0].TokenError);
        Assert.Equal(MetricValue.Between(0.15, 0.2).Knowledge, walk.Steps[0].TokenErrorValue.Knowledge);
        Assert.Equal(0.1, walk.Steps[1].TokenError!.Value, Tolerance);
        Assert.Null(walk.Steps[2].TokenError);
        Assert.Equal(1 - (0.85 * 0.9 * 0.7), walk.Steps[2].PathOffLow, Tolerance);
        Assert.Equal(1 - (0.8 * 0.9 * 0.6), walk.Steps[2].PathOffHigh, Tolerance);
        Assert.Equal([true, false], walk.Steps[0].AlternativeValid.ToArray());
        Assert.All(walk.Steps, s => Assert.True(s.OnManifold));
        Assert.Null(walk.FirstOffStep);
    }

    [Fact]
    public void The_end_of_the_recording_acts_as_end_of_generation()
    {
        var stopsEarly = TraceBounds.Walk(Plain(" Par", "is"), new AnswersLanguage(" Paris."));
        var stopsOnAnAnswer = TraceBounds.Walk(Plain(" Par", "is"), new AnswersLanguage(" Paris.", " Paris"));

        Assert.True(stopsEarly.Steps[1].TokenValid);
        Assert.False(stopsEarly.Steps[1].OnManifold);
        Assert.Equal(2, stopsEarly.FirstOffStep);
        Assert.Null(stopsOnAnAnswer.FirstOffStep);
    }

    [Fact]
    public void A_control_token_is_valid_only_where_the_text_already_matches()
    {
        var trace = Trace(
            Token(" Par", Listed(" Par", 0.5), Control("<|end|>", 0.5)),
            Token("is", Listed("is", 0.5)),
            Token(".", Listed(".", 0.5), Control("<|end|>", 0.5)));

        var steps = TraceBounds.Walk(trace, ParisOnly).Steps;

        // Ending in place of " Par" leaves "" (no answer); in place of "." it leaves " Paris" (an answer).
        Assert.Equal([true, false], steps[0].AlternativeValid.ToArray());
        Assert.Equal(0.5, steps[0].TokenErrorLow);
        Assert.Equal([true, true], steps[2].AlternativeValid.ToArray());
        Assert.Equal(0.0, steps[2].TokenErrorLow);
    }

    [Fact]
    public void After_an_invalid_token_the_bounds_are_absent_and_the_path_stops_changing()
    {
        var trace = Trace(
            Token(" Ly", Listed(" Ly", 0.4), Listed(" Par", 0.6)),
            Token("on", Listed("on", 1)));

        var walk = TraceBounds.Walk(trace, ParisOnly);

        Assert.False(walk.Steps[0].TokenValid);
        Assert.Equal(1, walk.FirstOffStep);
        Assert.Equal(0.4, walk.Steps[0].TokenErrorLow!.Value, Tolerance);
        Assert.True(walk.Steps[1].TokenErrorValue.IsAbsent);
        Assert.Equal(walk.Steps[0].PathOffLow, walk.Steps[1].PathOffLow);
        Assert.Equal(walk.Steps[0].PathOffHigh, walk.Steps[1].PathOffHigh);
    }

    [Fact]
    public void Bounds_are_ordered_probabilities_whose_gap_is_the_unlisted_mass()
    {
        var alternative = Gen.Select(OneOf(" Par", " Lyon", "is", ".", "!", "x"), Gen.Double[0, 0.6], Listed);
        var token = Gen.Select(OneOf(" Par", "is", ".", "x"), alternative.Array[0, 4], (text, listed) => Token(text, listed));
        token.Array[1, 5].Sample(tokens =>
        {
            var walk = TraceBounds.Walk(Trace(tokens), ParisOnly);
            foreach (var step in walk.Steps.Where(s => s.TokenErrorLow is not null))
            {
                Assert.InRange(step.TokenErrorLow!.Value, 0, step.TokenErrorHigh!.Value);
                Assert.InRange(step.TokenErrorHigh.Value, 0, 1);
                Assert.True(step.TokenErrorHigh.Value - step.TokenErrorLow.Value <= step.UnlistedMass + Tolerance);
                Assert.InRange(step.PathOffLow, 0, step.PathOffHigh);
            }
        });
    }

    private static Gen<string> OneOf(params string[] texts) => Gen.Int[0, texts.Length - 1].Select(i => texts[i]);
}

using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests.Models;

/// <summary>
/// p_t of a gguf lane against the definition of semantics §9, computed here from raw logits in the plainest way:
/// softmax of logits / T, then top_k, top_p and min_p, each renormalising.
/// </summary>
public class NextTokenProbabilitiesTests
{
    [Fact]
    public void The_lane_token_error_is_the_mass_of_the_invalid_tokens_after_every_sampling_setting()
    {
        var settings = Gen.Select(
            OneOf(0.25, 0.7, 1.0, 1.8),
            Gen.Int[0, 6],
            OneOf(0.2, 0.5, 0.9, 1.0),
            OneOf(0.0, 0.05, 0.3));
        Gen.Select(Gen.Float[-6f, 6f].Array[6], settings).Sample(
            (logits, s) =>
            {
                var sampling = new SamplingSettings(s.Item1, s.Item2, s.Item3, s.Item4);
                var model = new BigramLanguageModel(["a", "b", "c", "x", "<s>", "<eos>"], 4, 5, _ => logits);
                var session = LanguageModelLaneTests.Session(3, model, LanguageModelLaneTests.Gguf("real", sampling));
                var step = session.Execute(new Debugging.StepCommand()).Lane("real").Last!;
                var reference = Reference(logits, sampling);

                // a, b and c are valid (ids 0..2); x, <s> and <eos> never are.
                var expected = reference[3] + reference[4] + reference[5];
                return Math.Abs(step.TokenError!.Value - expected) <= 1e-6;
            },
            iter: 60);
    }

    [Fact]
    public void Temperature_zero_puts_all_mass_on_the_most_likely_token_the_lower_id_on_a_tie()
    {
        var p = NextTokenProbabilities.Compute(new float[] { 1, 3, 3, 2 }, new SamplingSettings(Temperature: 0));
        Assert.Equal(new double[] { 0, 1, 0, 0 }, p);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.19, 0)]
    [InlineData(0.2, 2)]
    [InlineData(0.69, 2)]
    [InlineData(0.71, 3)]
    [InlineData(0.999999, 3)]
    public void Sampling_is_the_inverse_CDF_over_ascending_token_ids(double u, int expected) =>
        Assert.Equal(expected, NextTokenProbabilities.Sample([0.2, 0, 0.5, 0.3], u));

    private static Gen<double> OneOf(params double[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>The definition, written out independently of the program's implementation.</summary>
    private static double[] Reference(float[] logits, SamplingSettings s)
    {
        var n = logits.Length;
        var scaled = logits.Select(l => l / s.Temperature).ToArray();
        var z = scaled.Sum(l => Math.Exp(l - scaled.Max()));
        var p = scaled.Select(l => Math.Exp(l - scaled.Max()) / z).ToArray();
        if (s.TopK > 0 && s.TopK < n)
        {
            var keep = Enumerable.Range(0, n).OrderByDescending(i => p[i]).ThenBy(i => i).Take(s.TopK).ToHashSet();
            p = Renormalised(p.Select((q, i) => keep.Contains(i) ? q : 0).ToArray());
        }

        if (s.TopP < 1)
        {
            var order = Enumerable.Range(0, n).OrderByDescending(i => p[i]).ThenBy(i => i).ToArray();
            var keep = new HashSet<int>();
            var mass = 0.0;
            foreach (var i in order)
            {
                if (mass >= s.TopP)
                {
                    break;
                }

                keep.Add(i);
                mass += p[i];
            }

            p = Renormalised(p.Select((q, i) => keep.Contains(i) ? q : 0).ToArray());
        }

        if (s.MinP > 0)
        {
            var floor = s.MinP * p.Max();
            p = Renormalised(p.Select(q => q >= floor ? q : 0).ToArray());
        }

        return p;
    }

    private static double[] Renormalised(double[] p) => p.Select(q => q / p.Sum()).ToArray();
}

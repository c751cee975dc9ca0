using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// What each shipped scenario's description tells the user to look for is there at its seed (issue 10,
/// item 15): the test steps a session to the step the text names and checks the claim. Every number is
/// compared twice: the printed one against its formula, and the program's value against the printed one
/// within its printed precision. Each claim also checks that its words are still in the description.
/// </summary>
public sealed class ShippedScenarioAdviceTests
{
    /// <summary>Half a unit in the last printed digit of a number shown with four decimals.</summary>
    private const double FourDecimals = 0.5e-4;

    [Fact]
    public void Ngram_language_the_lanes_are_comparable_at_t_2_and_the_bigram_leaves_there()
    {
        var run = Run("ngram-language", "Compare the top tokens of the three lanes at t = 2", "the bigram lane leaves the manifold there", "token_error is about 0.44 already at t = 2");
        Assert.All(run.Lanes, lane => Assert.True(lane.Steps[0].OnManifold, $"{lane.Name} is off before t = 2"));
        var bigram = Step(run, "bigram", 2);
        Assert.False(bigram.OnManifold);
        Assert.Equal(0.44, bigram.TokenError!.Value, 0.005);
        Assert.True(Step(run, "trigram", 3).OnManifold);
        Assert.Equal(0.9995, Off(run, "bigram"), FourDecimals);
        Assert.Equal(0.003, Off(run, "trigram"), 0.0005);
    }

    [Fact]
    public void Is_ar_doomed_ar_errs_0_01_while_on_the_manifold_and_leaves_at_t_22()
    {
        var run = Run("is-ar-doomed", "exactly 0.0100 at every step while it is on the manifold", "At this seed it leaves at t = 22", "creeps up to 0.0136 at t = 60");
        var ar = run.Lane("ar");
        Assert.Equal(22, ar.FirstOff()!.T);
        Assert.All(ar.Steps.Take(22), s => Assert.Equal(0.01, s.TokenError!.Value, 1e-12));
        Assert.Equal(1 - Math.Pow(0.99, 60), Off(run, "ar"), 1e-12);
        Assert.Equal(0.4528, 1 - Math.Pow(0.99, 60), FourDecimals);

        // Joint one-shot: e_t = (ε/L) / (1 − ε(t − 1)/L), on the manifold to the end at this seed.
        static double Joint(int t) => 0.453 / 60 / (1 - (0.453 * (t - 1) / 60));
        Assert.Equal(0.0076, Joint(1), FourDecimals);
        Assert.Equal(0.0136, Joint(60), FourDecimals);
        Assert.Equal(Joint(1), Step(run, "one-shot", 1).TokenError!.Value, 1e-12);
        Assert.Equal(Joint(60), Step(run, "one-shot", 60).TokenError!.Value, 1e-12);

        var mpc = 1 - Enumerable.Range(1, 60).Aggregate(1.0, (product, r) => product * (1 - (0.453 / r)));
        Assert.Equal(0.9039, mpc, FourDecimals);
        Assert.Equal(mpc, Off(run, "mpc"), 1e-9);
    }

    [Fact]
    public void Joint_conditioning_one_shot_consistent_shows_the_growing_error_to_t_20()
    {
        var run = Run("joint-conditioning", "one-shot-per-call leaves the manifold at t = 4", "follow one-shot-consistent to see it");
        Assert.Equal(4, run.Lane("one-shot-per-call").FirstOff()!.T);
        Assert.Null(run.Lane("one-shot-consistent").FirstOff());
        static double Joint(int t) => 0.2 / 20 / (1 - (0.2 * (t - 1) / 20));
        Assert.Equal(0.0100, Joint(1), FourDecimals);
        Assert.Equal(0.0123, Joint(20), FourDecimals);
        Assert.Equal(Joint(20), Step(run, "one-shot-consistent", 20).TokenError!.Value, 1e-12);
        var perCall = 1 - Enumerable.Range(1, 20).Aggregate(1.0, (product, r) => product * (1 - (0.2 / r)));
        Assert.Equal(0.5301, perCall, FourDecimals);
        Assert.Equal(perCall, Off(run, "mpc-per-call"), 1e-9);
        Assert.Equal(0.2, Off(run, "mpc-consistent"), 1e-9);
    }

    [Fact]
    public void Path_star_clever_hans_errs_at_t_2_only_and_takes_a_wrong_arm_at_this_seed()
    {
        var run = Run("path-star", "0 at t = 1 and 0.8 at t = 2 (= 1 - 1/5)", "at this seed it takes a wrong one", "The breakpoint stops at t = 2");
        Assert.Equal(0, Step(run, "clever-hans", 1).TokenError);
        Assert.Equal(1 - (1.0 / 5), Step(run, "clever-hans", 2).TokenError!.Value, 1e-12);
        Assert.Equal(2, run.Lane("clever-hans").FirstOff()!.T);
        Assert.Equal(5, Step(run, "clever-hans", 2).Top.Count(top => top.Probability > 0));
        Assert.Equal(0.8, Off(run, "clever-hans"), 1e-12);
        Assert.Equal(0.0394, 1 - Math.Pow(0.99, 4), FourDecimals);
        Assert.Equal(1 - Math.Pow(0.99, 4), Off(run, "oracle"), 1e-12);
    }

    [Fact]
    public void Dyck_brackets_the_trigram_jumps_at_t_5_and_shows_the_wrong_closer()
    {
        var run = Run("dyck-brackets", "jump from about 0.0001 to 0.2 or more at such steps (at this seed t = 5)");
        var trigram = run.Lane("trigram");
        Assert.All(trigram.Steps.Take(5), s => Assert.True(s.OnManifold));
        Assert.All(trigram.Steps.Take(4), s => Assert.Equal(0.0001, s.TokenError!.Value, 0.00005));
        var jump = trigram.Steps[4];
        Assert.True(jump.TokenError >= 0.2, $"token_error at t = 5 is {jump.TokenError}");
        var closers = new[] { ")", "]" };
        Assert.Contains(jump.Top, top => !top.Valid && top.Probability >= 0.2 && closers.Contains(run.TokenText(top.Token)));
        Assert.Equal(0.99, Off(run, "trigram"), 0.005);
        Assert.Equal(0.1485, 1 - Math.Pow(0.99, 16), FourDecimals);
        Assert.Equal(1 - Math.Pow(0.99, 16), Off(run, "oracle"), 1e-12);
    }

    [Fact]
    public void Danke_schoen_one_shot_shows_both_second_words_at_step_2()
    {
        var run = Run("danke-schoen", "Look at the top tokens of step 2", "off_manifold at L = 2 is 0.5");
        var top = Step(run, "one-shot", 2).Top.Where(t => t.Probability > 0).ToArray();
        Assert.Equal(2, top.Length);
        Assert.All(top, t => Assert.Equal(0.5, t.Probability, 1e-12));
        Assert.Single(top, t => t.Valid);
        Assert.Equal(0.5, Off(run, "one-shot"), 1e-12);
        Assert.Equal(0, Off(run, "ar"), 1e-12);
        Assert.Equal(0, Off(run, "mpc"), 1e-12);
    }

    [Fact]
    public void Lecun_iid_numbers_follow_their_formulas()
    {
        var run = Run("lecun-iid", "off_manifold at L = 100 is 1 - 0.99^100 = 0.6340", "1 - 0.9975^100 = 0.2214", "off_manifold at L is 0.6346");
        Assert.Equal(0.6340, 1 - Math.Pow(0.99, 100), FourDecimals);
        Assert.Equal(1 - Math.Pow(0.99, 100), Off(run, "invalid"), 1e-12);
        Assert.All(run.Lane("invalid").Steps, s => Assert.Equal(0.01, s.TokenError!.Value, 1e-12));
        Assert.Equal(0.2214, 1 - Math.Pow(0.9975, 100), FourDecimals);
        Assert.Equal(1 - Math.Pow(0.9975, 100), Off(run, "uniform"), 1e-12);
        Assert.Equal(0.0025, Step(run, "uniform", 1).TokenError!.Value, 1e-12);

        // fading: e_t falls linearly from 0.02 at t = 1 to 0 at t = 100.
        var fading = 1 - Enumerable.Range(1, 100).Aggregate(1.0, (product, t) => product * (1 - (0.02 * (100 - t) / 99)));
        Assert.Equal(0.6346, fading, FourDecimals);
        Assert.Equal(fading, Off(run, "fading"), 1e-12);
    }

    [Fact]
    public void Addition_numbers_follow_their_formulas()
    {
        var run = Run("addition", "1 - 0.99^4 = 0.0394", "Off at L is 0.0733", "0.02·11/12 = 0.0183", "0.0713 off at L");
        Assert.Equal(0.0394, 1 - Math.Pow(0.99, 4), FourDecimals);
        Assert.Equal(1 - Math.Pow(0.99, 4), Off(run, "flat"), 1e-12);
        double[] schedule = [0.04, 0.02, 0.01, 0.005];
        var carry = 1 - schedule.Aggregate(1.0, (product, e) => product * (1 - e));
        Assert.Equal(0.0733, carry, FourDecimals);
        Assert.Equal(carry, Off(run, "carry-aware"), 1e-12);
        var oneShot = 1 - Math.Pow(1 - (0.02 * 11 / 12), 4);
        Assert.Equal(0.0183, 0.02 * 11 / 12, FourDecimals);
        Assert.Equal(0.0713, oneShot, FourDecimals);
        Assert.Equal(0.02 * 11 / 12, Step(run, "one-shot", 1).TokenError!.Value, 1e-12);
        Assert.Equal(oneShot, Off(run, "one-shot"), 1e-12);
        Assert.Equal(oneShot, Off(run, "mpc"), 1e-12);
    }

    [Fact]
    public void Hash_then_value_compute_follows_the_compute_model()
    {
        var run = Run("hash-then-value", "Its model FLOPs over the run are 2.21e9", "9e12 in all, 8e12 of it recomputed", "its model FLOPs are 1.38e10");

        // GPT-2 small: N = 12·layers·d² = 84,934,656; f(p) = 2N + 2·layers·(p + 1)·d. Prompt: 4 digits and ':'.
        const double N = 12.0 * 12 * 768 * 768;
        static double F(int p) => (2 * N) + (2.0 * 12 * (p + 1) * 768);
        const int Prompt = 5, L = 9;
        var cachedModel = Enumerable.Range(0, Prompt + L - 1).Sum(F);
        var uncachedModel = Enumerable.Range(1, L).Sum(t => Enumerable.Range(0, Prompt + t - 1).Sum(F));
        Assert.Equal(2.21e9, cachedModel, 0.005e9);
        Assert.Equal(1.38e10, uncachedModel, 0.005e10);

        var cached = run.Lane("cached").Last!.Totals;
        var uncached = run.Lane("uncached").Last!.Totals;
        Assert.Equal(1e12 + cachedModel, cached.Computed, 1);
        Assert.Equal((9 * 1e12) + uncachedModel, uncached.Computed, 1);
        Assert.Equal(8e12, uncached.Recomputed, 0.05e12);
        Assert.All(run.Lane("cached").Steps, s => Assert.Equal(0.001, s.TokenError!.Value, 1e-12));
    }

    /// <summary>The scenario stepped to its end at its own seed; fails if a quoted phrase left the description.</summary>
    private static SessionSnapshot Run(string name, params string[] quotes)
    {
        var spec = ShippedScenarios.Find(name)!.Load().Spec!;
        var description = Regex.Replace(spec.Description ?? "", @"\s+", " ");
        foreach (var quote in quotes)
        {
            Assert.Contains(quote, description, StringComparison.Ordinal);
        }

        var session = new DebuggerSession(spec);
        for (var t = 0; t < session.Scenario.Length; t++)
        {
            session.Execute(new StepCommand());
        }

        return session.Snapshot;
    }

    private static StepRecord Step(SessionSnapshot run, string lane, int t) => run.Lane(lane).Steps[t - 1];

    private static double Off(SessionSnapshot run, string lane)
    {
        var value = run.Lane(lane).OffManifold.At(run.Length) ?? throw new InvalidOperationException($"{lane}: no off_manifold at L");
        Assert.True(value.Exact, $"{lane}: off_manifold at L is not exact");
        return value.Value;
    }
}

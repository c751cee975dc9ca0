using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;

namespace ArDivergence.Gguf.Tests;

/// <summary>Which lanes can be planted, and the conditionals found for them (closed forms of semantics §3).</summary>
public sealed class ConditionalExtractorTests
{
    internal const string TwoWordLanguage = """
        name: two-words
        seed: 3
        length: 6
        prompt: Danke
        extra_tokens: [x]
        manifold:
          kind: automaton
          start: q
          states:
            q:
              - {token: schön, to: r, p: 3}
              - {token: Danke, to: q, p: 1}
            r:
              - {token: Danke, to: q}
        generators:
          - {name: oracle, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}
          - {name: bigram, kind: autoregressive, model: {kind: ngram, order: 2, train_samples: 200}}
          - {name: planner, kind: mpc, inner: oracle}
        """;

    [Fact]
    public void Lecun_iid_rows_are_the_closed_form_of_the_noisy_oracle()
    {
        var scenario = TestScenarios.Shipped("lecun-iid");
        var x = scenario.Vocabulary.IdOf("x");
        var conditionals = ConditionalExtractor.From(scenario, "uniform");
        // noise: uniform — a, b, c get 0.99/3 + 0.01/4 on the manifold; after x the lane babbles uniformly.
        Assert.Equal([PreviousTokenConditionals.Start, 0, 1, 2, 3], conditionals.Rows.Keys.Order());
        foreach (var previous in new[] { PreviousTokenConditionals.Start, 0, 1, 2 })
        {
            var row = conditionals.Rows[previous];
            for (var v = 0; v < 4; v++)
            {
                Assert.Equal(v == x ? 0.0025 : (0.99 / 3) + 0.0025, row[v], 1e-15);
            }
        }

        Assert.All(conditionals.Rows[x], p => Assert.Equal(0.25, p, 1e-15));
    }

    [Fact]
    public void The_prompt_s_last_token_sets_the_first_step_and_the_oracle_follows_the_automaton()
    {
        var scenario = TestScenarios.FromText(TwoWordLanguage);
        var conditionals = ConditionalExtractor.From(scenario, "oracle");
        var danke = scenario.Vocabulary.IdOf("Danke");
        var schon = scenario.Vocabulary.IdOf("schön");
        var x = scenario.Vocabulary.IdOf("x");
        // No <s> row: the prompt is not empty. After Danke the state is q (schön 3/4, Danke 1/4 of 0.9;
        // x gets ε); after schön it is r (Danke gets 0.9, the invalid schön and x share ε).
        Assert.False(conditionals.Rows.ContainsKey(PreviousTokenConditionals.Start));
        Assert.Equal(0.9 * 0.75, conditionals.Rows[danke][schon], 1e-15);
        Assert.Equal(0.9 * 0.25, conditionals.Rows[danke][danke], 1e-15);
        Assert.Equal(0.1, conditionals.Rows[danke][x], 1e-15);
        Assert.Equal(0.9, conditionals.Rows[schon][danke], 1e-15);
        Assert.Equal(0.05, conditionals.Rows[schon][schon], 1e-15);
    }

    [Theory]
    [InlineData("lecun-iid", "fading", "differs between steps")]
    [InlineData("ngram-language", "trigram", "cannot be planted")]
    [InlineData("ngram-language", "oracle", "after 'b'")]
    [InlineData("lecun-iid", "nobody", "has no lane 'nobody'")]
    public void Lanes_that_see_more_than_the_previous_token_are_refused(string scenarioName, string lane, string message)
    {
        var error = Assert.Throws<PlantingException>(() => ConditionalExtractor.From(TestScenarios.Shipped(scenarioName), lane));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{lane}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_that_are_not_autoregressive_are_refused()
    {
        var error = Assert.Throws<PlantingException>(() => ConditionalExtractor.From(TestScenarios.FromText(TwoWordLanguage), "planner"));
        Assert.Contains("only autoregressive lanes", error.Message, StringComparison.Ordinal);
    }
}

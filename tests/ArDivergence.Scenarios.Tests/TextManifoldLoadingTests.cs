namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// Text manifolds in scenario files (semantics §8): regex and answers load into their specs with a
/// raw-text prompt; a pattern outside the subset is reported at the offending character inside the
/// pattern; synthetic lanes, token-list prompts and chat where no template exists are refused.
/// </summary>
public class TextManifoldLoadingTests
{
    private const string Lanes = """
        generators:
          - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}

        """;

    [Fact]
    public void A_regex_scenario_loads_with_its_raw_text_prompt_and_then_refuses_its_synthetic_lane()
    {
        var yaml = """
            name: iso
            length: 12
            prompt: "Q: today?\nA:"
            manifold: {kind: regex, pattern: '\d{4}-\d{2}-\d{2}', ignore_case: true}

            """ + Lanes;

        var result = Load.Text(yaml);

        Load.HasError(result, 6, 5, "lane 'ar' is a synthetic autoregressive model", "not defined on a text manifold");
        Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("pattern: ab(?=c)", 36, "look-around")]
    [InlineData("pattern: 'ab(?=c)'", 37, "look-around")]
    [InlineData("pattern: \"ab(?=c)\"", 37, "look-around")]
    [InlineData("pattern: 'x(a)\\1'", 39, "back-reference")]
    [InlineData("pattern: 'a*?'", 37, "lazy")]
    // With escapes the written columns differ from the string's: the error is at the scalar.
    [InlineData("pattern: \"\\tab(?=c)\"", 34, "look-around")]
    public void A_bad_pattern_is_reported_inside_the_pattern(string patternEntry, int column, string words)
    {
        var yaml = $"name: bad\nlength: 4\nmanifold: {{kind: regex, {patternEntry}}}\n" + Lanes;

        Load.HasError(Load.Text(yaml), 3, column, "pattern: ", words);
    }

    [Fact]
    public void An_answers_manifold_reads_every_answer_as_text()
    {
        var yaml = "name: capital\nlength: 3\nprompt: 'Q: capital of France?'\nmanifold: {kind: answers, answers: [Paris, 1945, 'Ni, hao']}\n" + Lanes;

        var result = Load.Text(yaml);

        Load.HasError(result, 6, 5, "not defined on a text manifold");
        var loaded = ScenarioLoader.LoadText(yaml.Replace("ar, kind", "ar, chat: true, kind", StringComparison.Ordinal), Load.File);
        Load.HasError(loaded, 6, 22, "chat: true wraps the text prompt");
    }

    [Fact]
    public void A_token_list_prompt_on_a_text_manifold_is_refused()
    {
        var yaml = "name: listed\nlength: 3\nprompt: [a, b]\nmanifold: {kind: answers, answers: [ab]}\n" + Lanes;

        Load.HasError(Load.Text(yaml), 3, 9, "the prompt of a text scenario is raw text");
    }

    [Fact]
    public void An_empty_language_and_an_empty_answer_list_are_refused()
    {
        Load.HasError(Load.Text("name: none\nlength: 3\nmanifold: {kind: regex, pattern: '[^\\s\\S]'}\n" + Lanes), 3, 11, "matches no text at all");
        Load.HasError(Load.Text("name: none\nlength: 3\nmanifold: {kind: answers, answers: []}\n" + Lanes), 3, 36, "answers");
    }
}

using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Tests;

/// <summary>The shapes users trip over (issue 13 item 1), each on a hand-written sample.</summary>
public sealed class ReaderQuirkTests
{
    private const double Tolerance = 1e-12;

    private static RecordedTrace Read(string sample) => Assert.Single(TraceReader.ReadFile(Path.Combine(RepositoryFiles.Samples, sample)));

    [Fact]
    public void Legacy_completions_list_the_sampled_token_when_its_dict_names_another()
    {
        var trace = Read("completions-sampled-not-top.json");

        var second = trace.Tokens[1];
        Assert.Equal("is", second.Text);
        Assert.Equal(0.3, second.Probability!.Value, Tolerance);
        Assert.Equal(["ade", "is"], second.Alternatives.Select(a => a.Text));
        Assert.Equal(0.7 + 0.3, second.ListedMass, Tolerance);
        Assert.Equal("length", trace.FinishReason);
    }

    [Theory]
    [InlineData("vllm-minus-9999.json")]
    [InlineData("llamacpp-lowest-float.json")]
    public void A_stand_in_for_minus_infinity_is_probability_zero(string sample)
    {
        var token = Assert.Single(Read(sample).Tokens);

        Assert.Equal(1.0, token.Probability);
        var b = Assert.Single(token.Alternatives, a => a.Text == "B");
        Assert.Equal(0.0, b.Probability);
    }

    [Fact]
    public void Old_llama_cpp_probs_without_the_emitted_token_leave_its_probability_unknown()
    {
        var trace = Read("llamacpp-2024-unlisted.json");

        Assert.Equal(0.7, trace.Tokens[0].Probability!.Value, Tolerance);
        Assert.Null(trace.Tokens[1].Probability);
        var listed = Assert.Single(trace.Tokens[1].Alternatives);
        Assert.Equal("C", listed.Text);
        Assert.Equal(0.6, listed.Probability, Tolerance);
    }

    [Fact]
    public void A_control_token_listed_without_bytes_has_no_text_and_a_split_character_joins_up()
    {
        var trace = Read("chat-control-and-split.json");

        Assert.Equal("Café", trace.Text);
        var control = Assert.Single(trace.Tokens[0].Alternatives, a => a.Text == "<|end|>");
        Assert.True(control.IsControl);
        Assert.Equal(0.25, control.Probability, Tolerance);
        Assert.Equal([0xC3], trace.Tokens[1].Bytes.ToArray());
        Assert.Equal([0xA9], trace.Tokens[2].Bytes.ToArray());
    }

    [Fact]
    public void Legacy_partial_character_tokens_spelled_as_bytes_are_those_bytes()
    {
        var trace = Read("completions-partial-bytes.json");

        Assert.Equal("é", trace.Text);
        Assert.Equal([0xC3], trace.Tokens[0].Bytes.ToArray());
    }

    [Fact]
    public void Missing_bytes_are_the_utf8_of_the_token()
    {
        var trace = Assert.Single(TraceReader.ReadFile(Path.Combine(RepositoryFiles.CapitalTraces, "ollama.json")));

        Assert.Equal(" Par"u8.ToArray(), trace.Tokens[0].Bytes.ToArray());
        Assert.Equal(" Lyon"u8.ToArray(), trace.Tokens[0].Alternatives[1].Bytes!.Value.ToArray());
    }

    [Fact]
    public void Each_choice_of_a_response_is_one_generation()
    {
        var path = Path.Combine(RepositoryFiles.Samples, "chat-two-choices.json");

        var traces = TraceReader.ReadFile(path);

        Assert.Equal(["A", "B"], traces.Select(t => t.Text));
        Assert.Equal([path + " choices[0]", path + " choices[1]"], traces.Select(t => t.Source));
    }
}

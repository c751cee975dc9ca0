namespace ArDivergence.Traces.Tests;

/// <summary>Bad recordings (issue 13 item 5): one clear message naming the file, and where in it.</summary>
public sealed class BadRecordingTests
{
    private static string Fail(string sample, string format = TraceFormats.Auto)
    {
        var path = Path.Combine(RepositoryFiles.Samples, sample);
        var error = Assert.Throws<TraceReadException>(() => TraceReader.ReadFile(path, format));
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message[(path.Length + 1)..];
    }

    [Fact]
    public void A_file_in_no_known_shape_says_which_shapes_are_known()
    {
        var message = Fail("bad-unknown-shape.json");

        Assert.StartsWith(" error: no known trace format", message, StringComparison.Ordinal);
        Assert.Contains("completion_probabilities", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_names_the_line_and_column_where_it_stops()
    {
        var message = Fail("bad-truncated.json");

        Assert.StartsWith("2:1: error: the JSON ends before it is complete", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad-no-logprobs-openai.json", "$.choices[0].logprobs", "\"logprobs\": true and \"top_logprobs\": 5")]
    [InlineData("bad-no-logprobs-completions.json", "$.choices[0].logprobs", "\"logprobs\": 5")]
    [InlineData("bad-no-logprobs-llamacpp.json", "$.completion_probabilities", "\"n_probs\": 5")]
    [InlineData("bad-no-logprobs-ollama.json", "$.logprobs", "\"logprobs\": true and \"top_logprobs\": 5")]
    public void A_response_without_logprobs_says_how_to_request_them_from_that_server(string sample, string path, string request)
    {
        var message = Fail(sample);

        Assert.Contains("no log-probabilities", message, StringComparison.Ordinal);
        Assert.Contains(request, message, StringComparison.Ordinal);
        Assert.EndsWith($"(at {path})", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_do_not_fit_together_across_a_token_boundary_name_the_token()
    {
        var message = Fail("bad-utf8-boundary.json");

        Assert.Contains("token 2 (\"A\") makes the text invalid UTF-8", message, StringComparison.Ordinal);
        Assert.EndsWith("(at $.choices[0].logprobs.content[1])", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_a_streamed_chunk_names_the_chunk_s_line_and_its_path()
    {
        var message = Fail("bad-stream-line.jsonl");

        Assert.Equal("2: error: expected a number, found a string (at $.logprobs[0].logprob)", message);
    }

    [Fact]
    public void An_unknown_format_name_lists_the_known_ones()
    {
        var message = Fail("bad-unknown-shape.json", "anthropic");

        Assert.Contains("unknown trace format 'anthropic' (known: auto, openai-chat", message, StringComparison.Ordinal);
    }
}

using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Tests;

/// <summary>
/// Every format's reader on a hand-written sample of the same generation, " Paris." in three tokens,
/// written from each server's documented response shape: each must give the same tokens, probabilities
/// and alternatives (semantics §10).
/// </summary>
public sealed class ReaderSampleTests
{
    private const double Tolerance = 1e-12;

    /// <summary>The generation every sample records: (token, probability, listed alternatives).</summary>
    private static readonly (string Token, double Probability, (string Text, double Probability)[] Listed)[] Paris =
    [
        (" Par", 0.8, [(" Par", 0.8), (" Lyon", 0.15)]),
        ("is", 0.9, [("is", 0.9), ("ade", 0.1)]),
        (".", 0.6, [(".", 0.6), ("!", 0.3)]),
    ];

    [Theory]
    [InlineData("openai-chat.json", TraceFormats.OpenAiChat, "gpt-4o-mini-2024-07-18")]
    [InlineData("openai-chat-stream.txt", TraceFormats.OpenAiChat, "gpt-4o-mini-2024-07-18")]
    [InlineData("openai-completions.json", TraceFormats.OpenAiCompletions, "gpt-3.5-turbo-instruct")]
    [InlineData("vllm-chat.json", TraceFormats.Vllm, "Qwen/Qwen2.5-0.5B-Instruct")]
    [InlineData("llamacpp.json", TraceFormats.LlamaCpp, "qwen2.5-0.5b-instruct-q8_0.gguf")]
    [InlineData("llamacpp-post-sampling.json", TraceFormats.LlamaCpp, "qwen2.5-0.5b-instruct-q8_0.gguf")]
    [InlineData("llamacpp-2024.json", TraceFormats.LlamaCpp, "models/qwen2.5-0.5b-instruct-q8_0.gguf")]
    [InlineData("ollama.json", TraceFormats.Ollama, "llama3.2:1b")]
    [InlineData("ollama-chat-stream.jsonl", TraceFormats.Ollama, "llama3.2:1b")]
    public void Every_format_reads_the_same_generation(string file, string format, string model)
    {
        var path = Path.Combine(RepositoryFiles.CapitalTraces, file);

        var traces = TraceReader.ReadFile(path);

        var trace = Assert.Single(traces);
        Assert.Equal(format, trace.Format);
        Assert.Equal(model, trace.Model);
        Assert.Equal(" Paris.", trace.Text);
        AssertIsParis(trace);
    }

    [Theory]
    [InlineData("openai-chat.json", TraceFormats.OpenAiChat)]
    [InlineData("vllm-chat.json", TraceFormats.Vllm)]
    [InlineData("llamacpp-2024.json", TraceFormats.LlamaCpp)]
    [InlineData("ollama-chat-stream.jsonl", TraceFormats.Ollama)]
    public void A_named_format_reads_like_auto_detection(string file, string format)
    {
        var trace = Assert.Single(TraceReader.ReadFile(Path.Combine(RepositoryFiles.CapitalTraces, file), format));

        AssertIsParis(trace);
    }

    [Fact]
    public void The_ardiv_trace_a_reader_writes_reads_back_as_the_same_generation()
    {
        var original = Assert.Single(TraceReader.ReadFile(Path.Combine(RepositoryFiles.CapitalTraces, "llamacpp.json")));

        var again = Assert.Single(TraceReader.Read("again.json", ArdivTraceWriter.Write(original)));

        Assert.Equal(TraceFormats.LlamaCpp, again.Format);
        Assert.Equal(original.Prompt, again.Prompt);
        Assert.Equal("Q: What is the capital of France?\nA:", again.Prompt);
        AssertIsParis(again);
    }

    [Fact]
    public void A_named_format_that_does_not_fit_the_file_is_refused()
    {
        var path = Path.Combine(RepositoryFiles.CapitalTraces, "ollama.json");

        var error = Assert.Throws<TraceReadException>(() => TraceReader.ReadFile(path, TraceFormats.OpenAiChat));

        Assert.StartsWith(path + ": error: not a openai-chat response", error.Message, StringComparison.Ordinal);
    }

    internal static void AssertIsParis(RecordedTrace trace)
    {
        Assert.Equal(Paris.Length, trace.Tokens.Length);
        for (var i = 0; i < Paris.Length; i++)
        {
            var (token, probability, listed) = Paris[i];
            var read = trace.Tokens[i];
            Assert.Equal(token, read.Text);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(token), read.Bytes.ToArray());
            Assert.NotNull(read.Probability);
            Assert.Equal(probability, read.Probability.Value, Tolerance);
            Assert.Equal(listed.Select(l => l.Text), read.Alternatives.Select(a => a.Text));
            for (var a = 0; a < listed.Length; a++)
            {
                Assert.Equal(listed[a].Probability, read.Alternatives[a].Probability, Tolerance);
                Assert.Equal(System.Text.Encoding.UTF8.GetBytes(listed[a].Text), read.Alternatives[a].Bytes!.Value.ToArray());
            }
        }
    }
}

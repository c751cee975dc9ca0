using System.Text;
using ArDivergence.Core.Traces;
using CsCheck;

namespace ArDivergence.Traces.Tests;

/// <summary>The ardiv trace JSON keeps everything a trace lane reads: write then read gives the trace back.</summary>
public sealed class ArdivTraceRoundTripTests
{
    private const double RelativeTolerance = 1e-12;

    private static readonly Gen<string> Text = Gen.String[Gen.Char['a', 'z'], 1, 6];

    private static readonly Gen<double> Probability = Gen.Frequency((1, Gen.Const(0.0)), (8, Gen.Double[1e-12, 1.0]));

    private static readonly Gen<RecordedAlternative> Alternative =
        Gen.Select(Text, Gen.Bool, Probability, (text, control, p) =>
            new RecordedAlternative(control ? $"<{text}>" : text, control ? null : [.. Encoding.UTF8.GetBytes(text)], p));

    private static readonly Gen<RecordedToken> Token =
        Gen.Select(Text, Gen.Double[1e-9, 1.0].Nullable(), Alternative.Array[0, 4], (text, p, listed) =>
            TraceTokens.Emitted(text, [.. Encoding.UTF8.GetBytes(text)], p, listed));

    private static readonly Gen<RecordedTrace> Trace =
        Gen.Select(Token.Array[0, 8], Text.Null(), Text.Null(), (tokens, model, prompt) =>
            new RecordedTrace("generated", TraceFormats.OpenAiChat, model, prompt, "stop", [.. tokens]));

    [Fact]
    public void Writing_then_reading_an_ardiv_trace_gives_the_same_trace()
    {
        Trace.Sample(original =>
        {
            var read = Assert.Single(TraceReader.Read("t.json", ArdivTraceWriter.Write(original)));

            Assert.Equal(original.Source, read.Source);
            Assert.Equal(original.Format, read.Format);
            Assert.Equal(original.Model, read.Model);
            Assert.Equal(original.Prompt, read.Prompt);
            Assert.Equal(original.Tokens.Length, read.Tokens.Length);
            foreach (var (before, after) in original.Tokens.Zip(read.Tokens))
            {
                Assert.Equal(before.Text, after.Text);
                Assert.Equal(before.Bytes.ToArray(), after.Bytes.ToArray());
                Assert.Equal(before.Probability is null, after.Probability is null);
                AssertClose(before.Probability ?? 0, after.Probability ?? 0);
                Assert.Equal(before.Alternatives.Select(a => (a.Text, a.IsControl)), after.Alternatives.Select(a => (a.Text, a.IsControl)));
                foreach (var (a, b) in before.Alternatives.Zip(after.Alternatives))
                {
                    AssertClose(a.Probability, b.Probability);
                    Assert.Equal(a.Bytes?.ToArray(), b.Bytes?.ToArray());
                }
            }
        }, iter: 300);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= RelativeTolerance * Math.Abs(expected), $"{expected} != {actual}");

    [Fact]
    public void An_unknown_version_is_refused()
    {
        var json = "{\"ardiv_trace\": 2, \"tokens\": []}"u8.ToArray();

        var error = Assert.Throws<TraceReadException>(() => TraceReader.Read("v2.json", json));

        Assert.Equal("v2.json: error: this ardiv reads trace version 1, not 2 (at $.ardiv_trace)", error.Message);
    }

    [Fact]
    public void The_writer_puts_one_token_on_a_line()
    {
        var trace = new RecordedTrace("s", TraceFormats.Ollama, null, null, null,
            [TraceTokens.Emitted("a", [97], 0.5, []), TraceTokens.Emitted("b", [98], 0.25, [])]);

        var lines = Encoding.UTF8.GetString(ArdivTraceWriter.Write(trace)).Split('\n');

        Assert.Equal(2, lines.Count(l => l.TrimStart().StartsWith("{\"text\"", StringComparison.Ordinal)));
    }
}

namespace ArDivergence.Scenarios.Tests;

/// <summary>Messages say plainly what is wrong (issue 10, item 12).</summary>
public sealed class MessageClarityTests
{
    /// <summary>Unquoted, a key named `error` made `FILE:L:C: error: error: 1.5 is out of range`.</summary>
    [Fact]
    public void A_key_name_is_quoted_so_it_does_not_read_as_a_severity()
    {
        var yaml = ScenarioText.Minimal.Replace("error: 0}", "error: 1.5}", StringComparison.Ordinal);
        var column = yaml.Split('\n')[5].IndexOf("1.5", StringComparison.Ordinal) + 1;
        var diagnostic = Load.SingleError(yaml, 6, column, "'error': 1.5 is out of range");
        Assert.DoesNotContain("error: error:", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"test.yaml:6:{column}: error: 'error': ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Core_messages_quote_the_key_they_start_with()
    {
        var diagnostic = Load.SingleError(ScenarioText.Minimal + "display: {top_k: 51}\n", 7, 18, "'top_k': must be between 1 and 50, found 51");
        Assert.Equal("'top_k': must be between 1 and 50, found 51", diagnostic.Message);
    }

    /// <summary>The parser crash the fuzzer found used to end its message with "(InvalidOperationException)".</summary>
    [Fact]
    public void A_parser_crash_does_not_name_an_exception_type()
    {
        var diagnostic = Assert.Single(Load.Text(": {\ns").Diagnostics);
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("not valid YAML: the parser gave up after this point; look for an unclosed '{' or '[' or a stray ':' here", diagnostic.Message);
    }

    [Fact]
    public void Sequences_of_different_lengths_get_a_note_about_eos_padding()
    {
        var result = Load.Text("""
            name: t
            manifold:
              kind: sequences
              sequences:
                - {tokens: a b c}
                - {tokens: a}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}

            """);
        Assert.NotNull(result.Spec);
        Assert.Empty(result.Diagnostics);
        var note = Assert.Single(result.Notes);
        Assert.Equal(DiagnosticSeverity.Note, note.Severity);
        Assert.Equal((6, 7), (note.Line, note.Column));
        Assert.Contains("padded with the token <eos>", note.Message, StringComparison.Ordinal);
        Assert.Contains("(1 to 3 tokens)", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:6:7: note: ", note.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sequences_of_one_length_get_no_note()
    {
        var result = Load.Text(ScenarioText.Minimal);
        Assert.NotNull(result.Spec);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void An_error_is_an_error()
    {
        var diagnostic = Load.SingleError("name: t\nlength: -2\n" + "manifold: {kind: sequences, sequences: [a b]}\ngenerators:\n  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}\n", 2, 9);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(": error: ", diagnostic.ToString(), StringComparison.Ordinal);
    }
}

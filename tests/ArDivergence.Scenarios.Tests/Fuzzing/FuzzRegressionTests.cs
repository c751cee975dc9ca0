namespace ArDivergence.Scenarios.Tests.Fuzzing;

/// <summary>The smallest inputs behind the bugs the fuzzer found, each fixed in the loader.</summary>
public sealed class FuzzRegressionTests
{
    /// <summary>
    /// YamlDotNet's scanner throws a bare InvalidOperationException (no position) on this; it reached the
    /// loader's last-resort catch as "internal error ... please report it".
    /// </summary>
    [Fact]
    public void Parser_crash_is_a_syntax_error()
    {
        var diagnostic = Assert.Single(Load.Text(": {\ns").Diagnostics);
        Assert.StartsWith("not valid YAML: the parser gave up after this point", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A block scalar where a word was expected was quoted whole: a message of many lines.</summary>
    [Fact]
    public void Multi_line_value_is_quoted_on_one_line_and_shortened()
    {
        var result = Load.Text("""
            seed: |
              first line of a long description that goes on and on and on
              second line

            """ + ScenarioText.Minimal);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 1, 7, "'seed': expected an integer", @"found the string 'first line of a long description that goes on and on and on\n... (72 characters)'");
        Assert.DoesNotContain('\n', diagnostic.ToString());
    }

    /// <summary>Names from the file reach Core's messages too (a quoted state name may hold a line break).</summary>
    [Fact]
    public void Line_break_in_a_name_is_escaped_in_the_message()
    {
        var result = Load.Text("""
            name: t
            length: 2
            manifold: {kind: automaton, start: "q\nr", states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 3, 36, @"start state 'q\nr' is not one of the states (q)");
    }

    /// <summary>
    /// YamlDotNet (YAML 1.1) breaks lines at NEL, LS and PS; editors and YAML 1.2 do not, so every position after
    /// one was off by a line (a diagnostic at column 27 of an empty line). They are refused where they stand.
    /// </summary>
    [Theory]
    [InlineData('\u2028', "line separator")]
    [InlineData('\u2029', "paragraph separator")]
    [InlineData('\u0085', "next line")]
    public void Unicode_line_breaks_are_refused_at_their_position(char c, string name)
    {
        Load.SingleError($"name: t\ntitle: a{c}b\n", 2, 9, $"U+{(int)c:X4} ({name})", "use an ordinary line break");
    }

    /// <summary>A lone carriage return ends a line for YAML and editors alike, and positions count it so.</summary>
    [Fact]
    public void Old_mac_line_endings_give_editor_positions()
    {
        var result = Load.Text("name: t\rlength: -2\r");
        Load.HasError(result, 2, 9, "'length': must be at least 1");
    }

    [Fact]
    public void Binary_character_after_a_lone_carriage_return_is_placed_on_its_line()
    {
        Load.SingleError("name: t\rtitle: a\u0001\n", 2, 9, "U+0001");
    }
}

namespace ArDivergence.Scenarios.Tests;

/// <summary>How diagnostics are reported: several per file, in file order, in the compiler format.</summary>
public sealed class ReportingTests
{
    private const string ManyMistakes = """
        name: t
        length: 6
        colour: blue
        manifold:
          kind: automaton
          start: q
          states:
            q:
              - {token: a, to: q, p: 0}
              - {token: b, to: r}
        generators:
          - name: ar
            kind: autoregressive
            model: {kind: noisy_oracle, error: 2}
          - {name: mpc, kind: mpc, inner: nothing}
          - {name: ar, kind: non_autoregressive, model: {kind: joint, sequence_error: 0.1, conditioning: sometimes}}
        breakpoints:
          - {when: position, value: 0}
        """;

    [Fact]
    public void Several_errors_in_one_file_are_all_reported_in_file_order()
    {
        var result = Load.Text(ManyMistakes);
        Assert.Null(result.Spec);
        Assert.Equal(
            [
                "test.yaml:3:1: error: unknown key 'colour' in the scenario; allowed keys: name, title, description, seed, length, prompt, vocabulary, extra_tokens, manifold, generators, breakpoints, display",
                "test.yaml:9:30: error: 'p': 0 is out of range; expected a finite number greater than 0",
                "test.yaml:10:24: error: move to 'r', which is not one of the states (q)",
                "test.yaml:14:40: error: 'error': 2 is out of range; expected a probability between 0 and 1",
                "test.yaml:15:35: error: inner 'nothing' names no generator; candidates: ar, ar",
                "test.yaml:16:12: error: generator name 'ar' is already used by generators[0]; names must be unique",
                "test.yaml:16:98: error: 'conditioning': unknown value 'sometimes'; expected one of per_call, consistent",
                "test.yaml:18:29: error: 'value': must be at least 1, found 0",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Semantic_problems_about_a_value_that_was_already_wrong_are_not_repeated()
    {
        // length -1 is a structural error; "length is required" about the dropped value would be noise.
        var result = Load.Text("""
            name: t
            length: -1
            manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("'length': must be at least 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_items_keep_their_positions_when_an_earlier_item_is_bad()
    {
        var result = Load.Text("""
            name: t
            vocabulary: [a, b]
            prompt: [~, a, zz]
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 3, 10, "expected a token, found null");
        Load.HasError(result, 3, 16, "token 'zz' is not in vocabulary");
    }

    [Fact]
    public void Token_split_from_a_multi_line_string_is_reported_at_the_string()
    {
        var result = Load.Text("""
            name: t
            vocabulary: [a, b]
            prompt: >-
              a b
              c
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 3, 9, "token 'c' is not in vocabulary");
    }

    [Fact]
    public void Windows_line_endings_give_the_same_positions()
    {
        var result = Load.Text("name: t\r\nlength: -2\r\n");
        Load.HasError(result, 2, 9, "'length': must be at least 1");
    }

    [Fact]
    public void Diagnostic_prints_in_the_compiler_format()
    {
        var diagnostic = new ScenarioDiagnostic("scenarios/x.yaml", 12, 5, "unknown key 'colour'");
        Assert.Equal("scenarios/x.yaml:12:5: error: unknown key 'colour'", diagnostic.ToString());
    }

    [Fact]
    public void Loading_a_file_names_it_as_given()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ardiv-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, "name: t\ncolour: blue\n");
            var result = ScenarioLoader.LoadFile(path);
            Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(path + ":2:1: error: unknown key 'colour'", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

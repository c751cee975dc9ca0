namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// Mistakes of meaning, found by Core's ScenarioValidator on a well-typed spec and reported at the
/// file position of the spec path it names.
/// </summary>
public sealed class SemanticErrorTests
{
    [Fact]
    public void Unknown_state_in_a_move_is_reported_at_the_target()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold:
              kind: automaton
              start: q
              states:
                q:
                  - {token: a, to: q}
                  - {token: b, to: r}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 9, 24, "move to 'r', which is not one of the states (q)");
    }

    [Fact]
    public void Unknown_start_and_accepting_states_are_reported()
    {
        var result = Load.Text("""
            name: t
            length: 4
            manifold:
              kind: automaton
              start: s
              accept: [q, z]
              states:
                q: [{token: a, to: q}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 5, 10, "start state 's' is not one of the states (q)");
        Load.HasError(result, 6, 15, "accepting state 'z'");
    }

    [Fact]
    public void Two_moves_on_one_token_from_a_state_make_the_automaton_nondeterministic()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold:
              kind: automaton
              start: q
              states:
                q: [{token: a, to: q}, {token: a, to: r}]
                r: [{token: b, to: q}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 7, 36, "already has a move on token 'a' (move 0)", "deterministic");
    }

    [Fact]
    public void Inner_naming_no_generator_is_reported_at_inner()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: one-shot, kind: non_autoregressive, model: {kind: joint, sequence_error: 0.1}}
              - {name: mpc, kind: mpc, inner: one-shto}
            """, 5, 35, "inner 'one-shto' names no generator; candidates: one-shot");
    }

    [Fact]
    public void Inner_naming_an_mpc_is_reported()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: one-shot, kind: non_autoregressive, model: {kind: joint, sequence_error: 0.1}}
              - {name: mpc, kind: mpc, inner: one-shot}
              - {name: mpc2, kind: mpc, inner: mpc}
            """, 6, 36, "inner 'mpc' is itself an mpc generator");
    }

    [Fact]
    public void Mpc_naming_itself_is_reported()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: mpc, kind: mpc, inner: mpc}
            """, 4, 35, "mpc 'mpc' names itself as inner");
    }

    [Fact]
    public void Commit_beyond_the_horizon_is_reported()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b c]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
              - {name: mpc, kind: mpc, inner: ar, commit: 3, horizon: 2}
            """, 5, 47, "commit 3 is more than the horizon 2");
    }

    [Fact]
    public void Duplicate_generator_names_are_reported_at_the_second()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}
            """, 5, 12, "generator name 'ar' is already used by generators[0]");
    }

    [Fact]
    public void Breakpoint_lane_must_name_a_generator()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            breakpoints:
              - {when: off_manifold, lane: rs}
            """, 6, 32, "lane 'rs' names no generator; generators: ar");
    }

    [Fact]
    public void Too_few_path_star_nodes_are_reported_at_nodes()
    {
        Load.SingleError("""
            name: t
            manifold:
              kind: task
              task: path_star
              degree: 5
              path_length: 4
              nodes: 15
            generators:
              - {name: hans, kind: autoregressive, model: {kind: clever_hans}}
            """, 7, 10, "'nodes' must be at least 1 + degree·(path_length − 1) = 16", "found 15");
    }

    [Fact]
    public void Task_parameters_out_of_their_range_are_reported()
    {
        var result = Load.Text("""
            name: t
            manifold: {kind: task, task: hash_then_value, digits: 12, hash_digits: 9}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 2, 55, "'digits' must be between 1 and 9");
        Load.HasError(result, 2, 72, "'hash_digits' must be between 1 and 8");
    }

    [Fact]
    public void Clever_hans_outside_path_star_is_reported_at_the_model_kind()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: task, task: addition, digits: 2}
            generators:
              - {name: hans, kind: autoregressive, model: {kind: clever_hans}}
            """, 4, 54, "clever_hans only works on the path_star task");
    }

    [Fact]
    public void Token_outside_a_closed_vocabulary_is_reported_where_it_is_written()
    {
        var result = Load.Text("""
            name: t
            vocabulary: [a, b, x]
            prompt: "a c"
            extra_tokens: [y]
            manifold: {kind: sequences, sequences: ["a b", "b q"]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            breakpoints:
              - {when: token, value: z}
            """);
        Assert.Equal(4, result.Diagnostics.Count);
        Load.HasError(result, 3, 12, "token 'c' is not in vocabulary");
        Load.HasError(result, 4, 16, "token 'y' is not in vocabulary");
        Load.HasError(result, 5, 51, "token 'q' is not in vocabulary");
        Load.HasError(result, 9, 26, "token 'z' is not in the vocabulary");
    }

    [Fact]
    public void Closed_vocabulary_must_hold_the_tokens_a_task_uses()
    {
        Load.SingleError("""
            name: t
            vocabulary: "0 1 2 3 4 5 6 7 8 9 +"
            manifold: {kind: task, task: addition, digits: 2}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 13, "vocabulary lacks tokens the addition task uses without naming them: =");
    }

    [Fact]
    public void Extra_token_the_manifold_emits_is_reported()
    {
        Load.SingleError("""
            name: t
            extra_tokens: [x, b]
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 19, "token 'b' is in extra_tokens but the sequences manifold can emit it");
    }

    [Fact]
    public void Prompt_with_a_task_is_reported()
    {
        Load.SingleError("""
            name: t
            prompt: "1 + 2 ="
            manifold: {kind: task, task: addition, digits: 1}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "the addition task generates its own prompt from the seed; remove prompt");
    }

    [Fact]
    public void Length_is_required_for_an_automaton()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 1, 1, "length (the number of generated tokens) is required for the automaton manifold");
    }

    [Fact]
    public void Length_that_differs_from_the_derived_one_is_reported()
    {
        Load.SingleError("""
            name: t
            length: 3
            manifold: {kind: sequences, sequences: ["Danke schön", "Vielen Dank"]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "'length' 3 does not match the sequences manifold, which makes 2 tokens");
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: task, task: addition, digits: 2}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "'length' 4 does not match the addition task, which makes 3 tokens");
    }

    [Fact]
    public void Matching_length_for_a_derived_manifold_is_accepted()
    {
        Load.Valid("""
            name: t
            length: 3
            manifold: {kind: task, task: addition, digits: 2}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
    }

    [Theory]
    [InlineData("length: 7", 3, 9, "even length of at least 2")]
    [InlineData("# no length", 1, 1, "length (the number of generated tokens) is required for the dyck task")]
    public void Dyck_length_must_be_given_and_even(string lengthLine, int line, int column, string message)
    {
        Load.SingleError($"""
            name: t
            manifold: {"{"}kind: task, task: dyck, pairs: ["( )"], max_depth: 2{"}"}
            {lengthLine}
            generators:
              - {"{"}name: ar, kind: autoregressive, model: {"{"}kind: noisy_oracle, error: 0{"}}"}
            """, line, column, message);
    }

    [Fact]
    public void Heads_must_divide_d_model_and_kv_heads_must_divide_heads()
    {
        var result = Load.Text("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: a, kind: autoregressive, model: {kind: noisy_oracle, error: 0}, compute: {d_model: 768, heads: 7}}
              - {name: b, kind: autoregressive, model: {kind: noisy_oracle, error: 0}, compute: {heads: 12, kv_heads: 5}}
            """);
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 4, 107, "d_model 768 is not divisible by heads 7");
        Load.HasError(result, 5, 107, "heads 12 is not divisible by kv_heads 5");
    }

    [Fact]
    public void Position_breakpoint_past_the_end_is_reported()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            breakpoints:
              - {when: position, value: 3}
            """, 6, 29, "position 3 is past the last generated token (length 2)");
    }

    [Fact]
    public void Bracket_pairs_must_not_share_tokens()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: task, task: dyck, pairs: ["( )", "[ )"], max_depth: 2}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 3, 51, "reuses a token of an earlier pair");
    }
}

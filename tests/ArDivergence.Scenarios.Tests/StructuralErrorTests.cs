namespace ArDivergence.Scenarios.Tests;

/// <summary>Mistakes of form — keys, types, ranges, words — each pinned to its line and column.</summary>
public sealed class StructuralErrorTests
{
    [Fact]
    public void Unknown_key_is_reported_at_its_line_and_column()
    {
        var diagnostic = Load.SingleError("""
            name: t
            length: 4
            manifold:
              kind: automaton
              start: q
              states:
                q: [{token: a, to: q}]
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.01}
                colour: blue
            """, 12, 5, "unknown key 'colour'", "allowed keys: name, kind, model, compute");
        Assert.Equal("test.yaml:12:5: error: " + diagnostic.Message, diagnostic.ToString());
    }

    [Fact]
    public void Misspelt_key_gets_a_suggestion()
    {
        Load.SingleError("""
            name: t
            lenght: 4
            manifold: {kind: sequences, sequences: [a]}
            generators: [{name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}]
            """, 2, 1, "unknown key 'lenght'", "did you mean 'length'?");
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: ngram, order: [2]}
            """, 6, 33, "'order': expected an integer, found a list");
    }

    [Fact]
    public void Quoted_number_is_a_string_not_an_integer()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: ngram, order: "2"}}
            """, 4, 66, "'order': expected an integer, found the string '2'");
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            name: u
            """, 5, 1, "duplicate key 'name'", "first given at line 1, column 1");
    }

    [Fact]
    public void Duplicate_state_is_a_duplicate_key()
    {
        Load.SingleError("""
            name: t
            length: 2
            manifold:
              kind: automaton
              start: q
              states:
                q: [{token: a, to: q}]
                q: [{token: b, to: q}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 8, 5, "duplicate key 'q'");
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_mapping_that_lacks_it()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - name: ar
                kind: autoregressive
            """, 4, 5, "missing required key 'model' in an autoregressive generator");
    }

    [Fact]
    public void Missing_top_level_key_is_reported_at_the_root_mapping()
    {
        Load.SingleError("""
            # a comment first
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            """, 2, 1, "missing required key 'generators' in the scenario");
    }

    [Fact]
    public void Probability_above_one_is_rejected()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 1.5}}
            """, 4, 73, "'error': 1.5 is out of range", "between 0 and 1");
    }

    [Fact]
    public void Probability_inside_a_values_schedule_is_checked_item_by_item()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - name: ar
                kind: autoregressive
                model:
                  kind: noisy_oracle
                  error: {values: [0.1, 0.2, -0.1]}
            """, 8, 34, "'values[2]': -0.1 is out of range");
    }

    [Fact]
    public void NaN_is_rejected()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: non_autoregressive, model: {kind: joint, sequence_error: .nan}}
            """, 4, 79, "'sequence_error': NaN");
    }

    [Fact]
    public void Model_of_the_other_generator_family_is_explained()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: joint, sequence_error: 0.1}}
            """, 4, 52, "'joint' is a model for non_autoregressive generators", "noisy_oracle, ngram, clever_hans");
    }

    [Fact]
    public void Infinity_is_rejected()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0}
                compute: {think_flops: .inf}
            """, 7, 28, "'think_flops': .inf is infinite");
    }

    [Fact]
    public void Negative_length_is_rejected()
    {
        Load.SingleError("""
            name: t
            length: -5
            manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "'length': must be at least 1, found -5");
    }

    [Fact]
    public void Number_too_large_for_an_integer_is_rejected()
    {
        Load.SingleError("""
            name: t
            length: 99999999999
            manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}]}}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "'length': 99999999999 is too large", "2,147,483,647");
    }

    [Fact]
    public void Negative_seed_is_rejected()
    {
        Load.SingleError("""
            name: t
            seed: -1
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 7, "'seed': must be at least 0");
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_ones()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0, noise: gaussian}}
            """, 4, 83, "'noise': unknown value 'gaussian'; expected one of invalid, uniform");
    }

    [Fact]
    public void Unknown_generator_kind_lists_the_allowed_ones()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: diffusion}
            """, 4, 22, "expected one of autoregressive, non_autoregressive, mpc");
    }

    [Fact]
    public void Unknown_task_lists_the_tasks()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: task, task: sorting}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 30, "'task': unknown value 'sorting'; expected one of copy, addition, hash_then_value, path_star, dyck");
    }

    [Fact]
    public void Parameter_of_another_task_is_an_unknown_key()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: task, task: addition, digits: 3, degree: 5}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 51, "unknown key 'degree' in the addition task");
    }

    [Fact]
    public void Bad_names_are_rejected()
    {
        Load.SingleError("""
            name: Lecun_IID
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 1, 7, "'Lecun_IID' is not a valid name");
    }

    [Fact]
    public void Mpc_with_a_model_or_compute_is_told_why_not()
    {
        var result = Load.Text("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
              - name: mpc
                kind: mpc
                inner: ar
                model: {kind: noisy_oracle, error: 0}
                compute: {layers: 2}
            """);
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 8, 5, "an mpc generator takes no 'model'", "inner generator's model");
        Load.HasError(result, 9, 5, "an mpc generator takes no 'compute'");
    }

    [Fact]
    public void Off_manifold_breakpoint_takes_no_value()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            breakpoints:
              - {when: off_manifold, value: 0.5}
            """, 6, 26, "off_manifold takes no value");
    }

    [Fact]
    public void Threshold_breakpoint_needs_its_value()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            breakpoints:
              - {when: token_error_above}
            """, 6, 5, "missing required key 'value' in a breakpoint");
    }

    [Fact]
    public void Top_k_is_bounded()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            display: {top_k: 51}
            """, 5, 18, "'top_k': must be between 1 and 50, found 51");
    }

    [Fact]
    public void Token_with_whitespace_in_a_list_is_rejected()
    {
        Load.SingleError("""
            name: t
            prompt: [Thank, "you very"]
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 17, "'you very' contains whitespace");
    }

    [Fact]
    public void Bare_list_as_a_schedule_gets_a_hint()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: [0.1, 0.2]}}
            """, 4, 73, "write {values: [...]}");
    }

    [Fact]
    public void Linear_schedule_needs_two_values()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: {linear: [0.1]}}}
            """, 4, 82, "linear: expected two probabilities [from, to], found 1");
    }

    [Fact]
    public void Bracket_pair_must_have_two_tokens()
    {
        Load.SingleError("""
            name: t
            length: 4
            manifold: {kind: task, task: dyck, pairs: ["( )", "[ ] x"], max_depth: 2}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 3, 51, "a bracket pair is two tokens", "found 3 tokens");
    }
}

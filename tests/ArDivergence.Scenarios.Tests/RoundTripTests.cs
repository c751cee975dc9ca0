using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests;

/// <summary>Good files map to the Core records with the values written, and defaults where nothing is.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Full_file_maps_every_value()
    {
        var spec = Load.Valid("""
            name: full-example
            title: Everything
            description: |
              Line one.
              Line two.
            seed: 42
            length: 3
            prompt: "say it"
            vocabulary: [say, it, a, b, x, 1]
            extra_tokens: [x]
            manifold:
              kind: automaton
              start: q
              accept: [q]
              states:
                q:
                  - {token: a, to: r, p: 0.25}
                  - {token: 1, to: q}
                r:
                  - {token: b, to: q}
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: {linear: [0.02, 0.0]}, noise: uniform}
                compute: {layers: 2, d_model: 128, d_ff: 256, heads: 4, kv_heads: 2, bytes_per_value: 4, kv_cache: false, think_flops: 1.0e+9}
              - name: ngram
                kind: autoregressive
                model: {kind: ngram, order: 3}
              - name: one-shot
                kind: non_autoregressive
                model: {kind: joint, sequence_error: 0.3, conditioning: consistent}
              - name: fact
                kind: non_autoregressive
                model: {kind: factorized, error: {values: [0.1, 0.2]}}
              - name: mpc
                kind: mpc
                inner: one-shot
                commit: 2
                horizon: 3
                prefix_cache: true
            breakpoints:
              - {when: off_manifold}
              - {when: token_error_above, value: 0.2, lane: ar}
              - {when: path_off_above, value: 0.5}
              - {when: off_manifold_above, value: 1}
              - {when: position, value: 2}
              - {when: token, value: 1}
            display: {top_k: 7}
            """);

        Assert.Equal("full-example", spec.Name);
        Assert.Equal("Everything", spec.Title);
        Assert.Equal("Line one.\nLine two.\n", spec.Description);
        Assert.Equal(42, spec.Seed);
        Assert.Equal(3, spec.Length);
        Assert.Equal(["say", "it"], spec.Prompt);
        Assert.Equal(["say", "it", "a", "b", "x", "1"], spec.Vocabulary);
        Assert.Equal(["x"], spec.ExtraTokens);

        var automaton = Assert.IsType<AutomatonManifoldSpec>(spec.Manifold);
        Assert.Equal("q", automaton.Start);
        Assert.Equal(["q"], automaton.Accept);
        Assert.Equal(["q", "r"], automaton.States.Select(s => s.Name));
        Assert.Equal([new AutomatonMoveSpec("a", "r", 0.25), new AutomatonMoveSpec("1", "q", 1.0)], automaton.States[0].Moves);

        var ar = Assert.IsType<AutoregressiveGeneratorSpec>(spec.Generators[0]);
        Assert.Equal(new NoisyOracleModelSpec(new LinearErrorSpec(0.02, 0.0), NoiseMode.Uniform), ar.Model);
        Assert.Equal(
            new ComputeSpec { Layers = 2, DModel = 128, DFf = 256, Heads = 4, KvHeads = 2, BytesPerValue = 4, KvCache = false, ThinkFlops = 1e9 },
            ar.Compute);
        Assert.Equal(new NgramModelSpec(3, 1000, 0.1), Assert.IsType<AutoregressiveGeneratorSpec>(spec.Generators[1]).Model);
        Assert.Equal(new JointModelSpec(0.3, Conditioning.Consistent), Assert.IsType<NonAutoregressiveGeneratorSpec>(spec.Generators[2]).Model);
        var factorized = Assert.IsType<FactorizedModelSpec>(Assert.IsType<NonAutoregressiveGeneratorSpec>(spec.Generators[3]).Model);
        Assert.Equal([0.1, 0.2], Assert.IsType<ValuesErrorSpec>(factorized.Error).Values);
        Assert.Equal(new MpcGeneratorSpec("mpc", "one-shot", 2, 3, true), spec.Generators[4]);

        Assert.Equal(
            [
                new BreakpointSpec(BreakpointKind.OffManifold),
                new BreakpointSpec(BreakpointKind.TokenErrorAbove, 0.2, Lane: "ar"),
                new BreakpointSpec(BreakpointKind.PathOffAbove, 0.5),
                new BreakpointSpec(BreakpointKind.OffManifoldAbove, 1),
                new BreakpointSpec(BreakpointKind.Position, 2),
                new BreakpointSpec(BreakpointKind.Token, Token: "1"),
            ],
            spec.Breakpoints);
        Assert.Equal(7, spec.Display.TopK);
    }

    [Fact]
    public void Left_out_keys_take_their_defaults()
    {
        var spec = Load.Valid("""
            name: minimal
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.01}}
              - {name: one, kind: non_autoregressive, model: {kind: joint, sequence_error: 0.1}}
              - {name: mpc, kind: mpc, inner: one}
            """);

        Assert.Null(spec.Title);
        Assert.Null(spec.Description);
        Assert.Equal(0, spec.Seed);
        Assert.Null(spec.Length);
        Assert.Null(spec.Prompt);
        Assert.Null(spec.Vocabulary);
        Assert.Empty(spec.ExtraTokens);
        Assert.Empty(spec.Breakpoints);
        Assert.Equal(5, spec.Display.TopK);
        var ar = Assert.IsType<AutoregressiveGeneratorSpec>(spec.Generators[0]);
        Assert.Equal(new NoisyOracleModelSpec(new ConstantErrorSpec(0.01), NoiseMode.Invalid), ar.Model);
        Assert.Equal(new ComputeSpec(), ar.Compute);
        Assert.Equal(Conditioning.PerCall, Assert.IsType<JointModelSpec>(Assert.IsType<NonAutoregressiveGeneratorSpec>(spec.Generators[1]).Model).Conditioning);
        Assert.Equal(new MpcGeneratorSpec("mpc", "one", 1, null, false), spec.Generators[2]);
    }

    [Fact]
    public void Token_lists_are_split_on_whitespace_and_scalars_are_tokens()
    {
        var spec = Load.Valid("""
            name: tokens
            prompt: "  Thank   you "
            extra_tokens: [1, 2.5, true, "x"]
            manifold:
              kind: sequences
              sequences:
                - {tokens: "Danke schön", weight: 3}
                - [Vielen, Dank]
                - Bitte sehr
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);

        Assert.Equal(["Thank", "you"], spec.Prompt);
        Assert.Equal(["1", "2.5", "true", "x"], spec.ExtraTokens);
        var sequences = Assert.IsType<SequencesManifoldSpec>(spec.Manifold).Sequences;
        Assert.Equal(["Danke", "schön"], sequences[0].Tokens);
        Assert.Equal(3, sequences[0].Weight);
        Assert.Equal(["Vielen", "Dank"], sequences[1].Tokens);
        Assert.Equal(1, sequences[1].Weight);
        Assert.Equal(["Bitte", "sehr"], sequences[2].Tokens);
    }

    [Fact]
    public void Tasks_map_their_parameters()
    {
        var copy = Assert.IsType<CopyTaskSpec>(Task("task: copy, alphabet: a b c, n: 4"));
        Assert.Equal(["a", "b", "c"], copy.Alphabet);
        Assert.Equal(4, copy.N);
        Assert.Equal(new AdditionTaskSpec(3, true), Task("task: addition, digits: 3, reverse: true"));
        Assert.Equal(new HashThenValueTaskSpec(4, 2), Task("task: hash_then_value, digits: 4, hash_digits: 2"));
        Assert.Equal(new PathStarTaskSpec(5, 4, 40), Task("task: path_star, degree: 5, path_length: 4, nodes: 40"));
        var dyck = Assert.IsType<DyckTaskSpec>(Task("""task: dyck, pairs: ["( )", ["[", "]"]], max_depth: 3""", "length: 6"));
        Assert.Equal([new BracketPairSpec("(", ")"), new BracketPairSpec("[", "]")], dyck.Pairs);
        Assert.Equal(3, dyck.MaxDepth);
    }

    [Fact]
    public void Integer_state_names_match_integer_references()
    {
        var spec = Load.Valid("""
            name: numbers
            length: 2
            manifold:
              kind: automaton
              start: 0
              accept: [1]
              states:
                0: [{token: a, to: 1}]
                1: [{token: b, to: 0}, {token: c, to: 1}]
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var automaton = Assert.IsType<AutomatonManifoldSpec>(spec.Manifold);
        Assert.Equal("0", automaton.Start);
        Assert.Equal(["0", "1"], automaton.States.Select(s => s.Name));
    }

    private static TaskManifoldSpec Task(string parameters, string extra = "")
    {
        var spec = Load.Valid(
            "name: task\n" + extra + "\nmanifold: {kind: task, " + parameters + "}\n" +
            "generators: [{name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}]\n");
        return Assert.IsAssignableFrom<TaskManifoldSpec>(spec.Manifold);
    }
}

using System.Globalization;
using System.Text;
using ArDivergence.Core;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// Every limit of scenarios/README.md, one test each: a file just over it is refused up front with a
/// FILE:LINE:COL diagnostic that names the limit, the value found and the maximum (so `ardiv validate`
/// and `run` exit 2 instead of running out of memory or time). Where Core enforces the same bound
/// itself, a test at the boundary shows that the loader and Core agree. The loader's own limits (file
/// size, nesting, aliases) are shown in <see cref="HostileInputTests"/>.
/// </summary>
public sealed class LimitTests
{
    private const string Ar = "  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}\n";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>An automaton of a cycle q0 → q1 → … → q(n−1) → q0 on token a, every state accepting.</summary>
    private static string Cycle(int states, int length, string generators = Ar)
    {
        var text = new StringBuilder(Invariant($"name: t\nlength: {length}\nmanifold:\n  kind: automaton\n  start: q0\n  states:\n"));
        for (var i = 0; i < states; i++)
        {
            text.Append(Invariant($"    q{i}: [{{token: a, to: q{(i + 1) % states}}}]\n"));
        }

        return text.Append("generators:\n").Append(generators).ToString();
    }

    /// <summary>Two tokens a, b always valid, x never: |V| = 3. The generators start on line 6.</summary>
    private static string TwoStates(int length, string generators) => Invariant($$$"""
        name: t
        length: {{{length}}}
        extra_tokens: [x]
        manifold: {kind: automaton, start: s, states: {s: [{token: a, to: s}, {token: b, to: s}]}}
        generators:

        """) + generators;

    [Fact]
    public void Length()
    {
        Load.SingleError(Cycle(1, 1_000_001), 2, 9, "'length' 1,000,001 is over the limit of 1,000,000");
    }

    [Fact]
    public void Vocabulary_of_a_closed_list()
    {
        // A file of 1 MiB cannot list a million tokens, so the validator is shown on a spec built in code.
        var spec = new ScenarioSpec
        {
            Name = "t",
            Vocabulary = [.. Enumerable.Range(0, ScenarioValidator.MaxVocabulary + 1).Select(i => i.ToString(CultureInfo.InvariantCulture))],
            Manifold = new SequencesManifoldSpec([new WeightedSequenceSpec(["0"])]),
            Generators = [new AutoregressiveGeneratorSpec("ar", new NoisyOracleModelSpec(new ConstantErrorSpec(0)), new ComputeSpec())],
        };
        Assert.Contains(new SpecProblem("vocabulary", "1,000,001 tokens is over the vocabulary limit of 1,000,000"), ScenarioValidator.Validate(spec));
    }

    [Fact]
    public void Vocabulary_of_path_star_nodes()
    {
        Load.SingleError("""
            name: t
            manifold: {kind: task, task: path_star, degree: 2, path_length: 2, nodes: 1000001}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 75, "'nodes' = 1,000,001 is over the vocabulary limit of 1,000,000 (every node label is a token)");
    }

    [Fact]
    public void Automaton_states()
    {
        // 100,001 states with three-letter names (52 letters) in a flow mapping: 900 KB.
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var names = Enumerable.Range(0, ScenarioValidator.MaxAutomatonStates + 1)
            .Select(i => string.Concat(Letters[i / 52 / 52], Letters[i / 52 % 52], Letters[i % 52]));
        var text = new StringBuilder("name: t\nlength: 2\nmanifold:\n  kind: automaton\n  start: aaa\n  states: {")
            .AppendJoin(", ", names.Select(n => n + ": []"))
            .Append("}\ngenerators:\n").Append(Ar).ToString();
        Assert.True(Encoding.UTF8.GetByteCount(text) <= ScenarioLimits.MaxFileBytes);
        Load.SingleError(text, 6, 11, "100,001 states is over the limit of 100,000");
    }

    [Fact]
    public void Listed_sequences()
    {
        var text = new StringBuilder("name: t\nmanifold:\n  kind: sequences\n  sequences:\n")
            .Append(string.Concat(Enumerable.Repeat("  - a\n", ScenarioValidator.MaxSequences + 1)))
            .Append("generators:\n").Append(Ar).ToString();
        Load.SingleError(text, 5, 3, "100,001 sequences is over the limit of 100,000");
    }

    [Fact]
    public void Sequence_tokens_once_padded_to_the_length()
    {
        // 1,001 one-token sequences and one of 1,000 tokens: 1,002 sequences × L = 1,000.
        var text = new StringBuilder("name: t\nmanifold:\n  kind: sequences\n  sequences:\n");
        for (var i = 0; i < 1_001; i++)
        {
            text.Append(Invariant($"    - w{i}\n"));
        }

        text.Append("    - \"").AppendJoin(' ', Enumerable.Repeat("z", 1_000)).Append("\"\ngenerators:\n").Append(Ar);
        Load.SingleError(text.ToString(), 5, 5,
            "1,002 sequences padded to length 1,000 are 1,002,000 tokens, over the limit of 1,000,000 sequence tokens");
    }

    [Fact]
    public void Train_samples()
    {
        Load.SingleError(TwoStates(1, "  - {name: ng, kind: autoregressive, model: {kind: ngram, order: 2, train_samples: 1000001}}\n"),
            6, 84, "train_samples = 1,000,001 is over the limit of 1,000,000");
    }

    [Fact]
    public void Training_tokens()
    {
        Load.SingleError(TwoStates(20, "  - {name: ng, kind: autoregressive, model: {kind: ngram, order: 2, train_samples: 50001}}\n"),
            6, 84, "the ngram models would sample 1,000,020 training tokens (train_samples × length 20; this one 1,000,020), over the limit of 1,000,000 training tokens");
    }

    [Fact]
    public void Ngram_context_bits()
    {
        // |V| = 3 (a, b, x): 2 bits a token, so order 64 needs 126 bits and order 65 needs 128.
        Load.SingleError(TwoStates(4, "  - {name: ng, kind: autoregressive, model: {kind: ngram, order: 65}}\n"),
            6, 66, "an ngram of order 65 over 3 tokens needs 128 bits of context ((order − 1)·log2(|V| + 1)), over the limit of 127; the largest order here is 64");
    }

    [Fact]
    public void Ngram_context_bits_agree_with_core_at_the_boundary()
    {
        var spec = Load.Valid(TwoStates(4, "  - {name: ng, kind: autoregressive, model: {kind: ngram, order: 64, train_samples: 10}}\n"));
        Assert.Single(ScenarioCompiler.Compile(spec).Generators);
        Assert.Throws<ScenarioLimitException>(() => new Core.Generators.NgramContext(3, 65));
    }

    [Fact]
    public void Dyck_stack_numbers()
    {
        Load.SingleError("""
            name: t
            length: 60
            manifold: {kind: task, task: dyck, pairs: ["( )", "[ ]"], max_depth: 30}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 3, 70, "2 bracket pairs nested 30 deep (max_depth, at most L/2) make 2^31 = 2.15E+09 stack numbers, over the limit of 2,147,483,647; lower max_depth");
    }

    [Fact]
    public void Dyck_stack_numbers_agree_with_core_at_the_boundary()
    {
        _ = new DyckManifold(4, 58, [(0, 1), (2, 3)], 29);
        Assert.Throws<ScenarioLimitException>(() => new DyckManifold(4, 60, [(0, 1), (2, 3)], 30));
    }

    [Fact]
    public void State_space_of_an_automaton()
    {
        Load.SingleError(Cycle(11, 1_000_000), 2, 9,
            "the state space is 1,000,000 positions × 11 automaton states × 1 lane = 11,000,000, over the limit of 10,000,000; use a shorter length, a smaller manifold or fewer lanes");
    }

    [Fact]
    public void State_space_counts_every_lane()
    {
        Load.SingleError(Cycle(4, 1_000_000, Ar + Ar.Replace("name: ar", "name: ar2", StringComparison.Ordinal) + Ar.Replace("name: ar", "name: ar3", StringComparison.Ordinal)), 2, 9,
            "the state space is 1,000,000 positions × 4 automaton states × 3 lanes = 12,000,000, over the limit of 10,000,000");
    }

    [Fact]
    public void State_space_of_dyck()
    {
        // 2 pairs nested up to 20 deep: 2^21 − 1 stacks, times 40 positions.
        Load.SingleError("""
            name: t
            length: 40
            manifold: {kind: task, task: dyck, pairs: ["( )", "[ ]"], max_depth: 20}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """, 2, 9, "the state space is 40 positions × 2,097,151 bracket stacks × 1 lane = 83,886,040, over the limit of 10,000,000");
    }

    /// <summary>
    /// The automaton's feasibility table (at most 4,096 distinct sets in Core) cannot be reached through a file
    /// any more: more than 4,096 distinct sets need L ≥ 4,096 and more than 4,096 states, over the state space.
    /// Core's own message is still a clean problem when the check is asked directly.
    /// </summary>
    [Fact]
    public void Feasibility_sets_are_covered_by_the_state_space()
    {
        Load.SingleError(Cycle(5_000, 4_500), 2, 9, "the state space is 4,500 positions × 5,000 automaton states × 1 lane = 22,500,000, over the limit of 10,000,000");
        var spec = new ScenarioSpec
        {
            Name = "t",
            Length = 4_500,
            Manifold = new AutomatonManifoldSpec("q0", ["q0"], [.. Enumerable.Range(0, 5_000).Select(i =>
                new AutomatonStateSpec(Invariant($"q{i}"), [new AutomatonMoveSpec("a", Invariant($"q{(i + 1) % 5_000}"))]))]),
            Generators = [],
        };
        var problem = LengthFeasibility.Check(spec);
        Assert.Equal("manifold", problem?.Path);
        Assert.Contains(Invariant($"do not settle within {AutomatonManifold.MaxDistinctFeasibilitySets} distinct sets (limit)"), problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void State_space_of_mpc_over_a_factorized_model()
    {
        // 100 states: 1,000 × 100 × 2 lanes is within the state space, but 1,000 × 100² (state, plan origin) is not.
        const string Lanes = """
              - {name: f, kind: non_autoregressive, model: {kind: factorized, error: 0}}
              - {name: mpc, kind: mpc, inner: f, commit: 8}

            """;
        Load.SingleError(Cycle(100, 1_000, Lanes), 109, 5,
            "the state space of this lane is 1,000 positions × 100² (state, plan origin) pairs = 10,000,000, over the limit of 1,000,000");
        Load.Valid(Cycle(100, 1_000, Lanes.Replace("commit: 8", "commit: 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void States_of_a_factorized_forward_pass()
    {
        // 3 pairs nested up to 11 deep: (3^12 − 1)/2 = 265,720 stacks; 22 × 265,720 is within the state space.
        Load.SingleError("""
            name: t
            length: 22
            manifold: {kind: task, task: dyck, pairs: ["( )", "[ ]", "{ }"], max_depth: 11}
            generators:
              - {name: f, kind: non_autoregressive, model: {kind: factorized, error: 0}}
            """, 5, 48, "a factorized model's forward pass would hold 265,720 bracket stacks at one position, over the limit of 200,000");
    }

    [Fact]
    public void Generators()
    {
        var lanes = string.Concat(Enumerable.Range(0, ScenarioValidator.MaxGenerators + 1)
            .Select(i => Invariant($"  - {{name: g{i}, kind: autoregressive, model: {{kind: noisy_oracle, error: 0}}}}\n")));
        Load.SingleError(TwoStates(2, lanes), 6, 3, "65 generators is over the limit of 64 lanes");
    }

    [Fact]
    public void Breakpoints()
    {
        var text = TwoStates(2, Ar) + "breakpoints:\n" + string.Concat(Enumerable.Repeat("  - {when: off_manifold}\n", ScenarioValidator.MaxBreakpoints + 1));
        Load.SingleError(text, 8, 3, "1,001 breakpoints is over the limit of 1,000");
    }

    [Fact]
    public void Kv_cache_bytes_per_position()
    {
        Load.SingleError(TwoStates(2, "  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}, compute: {layers: 1000000, d_model: 1000000, heads: 1, bytes_per_value: 1000}}\n"),
            6, 86, "the KV cache needs 2E+15 bytes per position (2·layers·kv_heads·d_head·bytes_per_value), over the limit of 1,099,511,627,776 (1 TiB)");
    }

    [Fact]
    public void Default_d_ff_that_would_overflow()
    {
        Load.SingleError(TwoStates(2, "  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}, compute: {d_model: 1000000000, heads: 1}}\n"),
            6, 96, "d_model 1,000,000,000 is too large for the default d_ff = 4·d_model (at most 2,147,483,647); give d_ff");
    }

    [Theory]
    [InlineData("{kind: task, task: addition, digits: 19}", 48, "'digits' must be between 1 and 18")]
    [InlineData("{kind: task, task: hash_then_value, digits: 10, hash_digits: 8}", 55, "'digits' must be between 1 and 9")]
    [InlineData("{kind: task, task: hash_then_value, digits: 9, hash_digits: 9}", 71, "'hash_digits' must be between 1 and 8")]
    public void Task_digits(string manifold, int column, string message)
    {
        Load.SingleError($"name: t\nmanifold: {manifold}\ngenerators:\n{Ar}", 2, column, message);
    }

    [Fact]
    public void Top_k()
    {
        Load.SingleError(ScenarioText.Minimal + "display: {top_k: 51}\n", 7, 18, "'top_k': must be between 1 and 50, found 51");
    }

    /// <summary>Not a key of the file but of `ardiv run/estimate --samples`; Core refuses it before any run.</summary>
    [Fact]
    public void Monte_carlo_samples()
    {
        var generator = ScenarioCompiler.Compile(Load.Valid(ScenarioText.Minimal)).Generators[0];
        var refused = Assert.Throws<ScenarioLimitException>(() => MonteCarloEstimator.Run(generator, 0, MonteCarloEstimator.MaxSamples + 1));
        Assert.Equal("samples must be between 1 and 100,000,000 (limit), not 100,000,001", refused.Message);
    }

    /// <summary>The table in scenarios/README.md states the values the code enforces.</summary>
    [Fact]
    public void Readme_table_states_every_limit()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "README.md"));
        (string Limit, string Value)[] rows =
        [
            ("file size", Invariant($"{ScenarioLimits.MaxFileBytes:N0} bytes")),
            ("nesting", Invariant($"{ScenarioLimits.MaxDepth} levels")),
            ("alias expansion", Invariant($"{ScenarioLimits.MaxAliasExpansion:N0} nodes")),
            ("diagnostics per file", Invariant($"{ScenarioLimits.MaxDiagnostics}")),
            ("length", Invariant($"{ScenarioValidator.MaxLength:N0}")),
            ("vocabulary", Invariant($"{ScenarioValidator.MaxVocabulary:N0} tokens")),
            ("automaton states", Invariant($"{ScenarioValidator.MaxAutomatonStates:N0}")),
            ("listed sequences", Invariant($"{ScenarioValidator.MaxSequences:N0}")),
            ("sequence tokens", Invariant($"{ScenarioValidator.MaxSequenceTokens:N0}")),
            ("train_samples", Invariant($"{ScenarioValidator.MaxTrainSamples:N0}")),
            ("training tokens", Invariant($"{ScenarioValidator.MaxTrainingTokens:N0}")),
            ("n-gram context", Invariant($"{ScenarioValidator.MaxNgramContextBits} bits")),
            ("dyck stack numbers", Invariant($"{ScenarioValidator.MaxDyckStacks:N0}")),
            ("state space", Invariant($"{ScenarioValidator.MaxStateSpace:N0}")),
            ("plan origins", Invariant($"{ScenarioValidator.MaxPlanOriginStateSpace:N0}")),
            ("feasibility sets", Invariant($"{AutomatonManifold.MaxDistinctFeasibilitySets:N0}")),
            ("factorized forward pass", Invariant($"{ScenarioValidator.MaxForwardStates:N0} states")),
            ("generators", Invariant($"{ScenarioValidator.MaxGenerators}")),
            ("breakpoints", Invariant($"{ScenarioValidator.MaxBreakpoints:N0}")),
            ("KV cache per position", Invariant($"{ScenarioValidator.MaxKvBytesPerPosition:N0} bytes")),
            ("addition digits", Invariant($"{ScenarioValidator.MaxAdditionDigits}")),
            ("hash_then_value digits", Invariant($"{ScenarioValidator.MaxHashThenValueDigits}")),
            ("hash_digits", Invariant($"{ScenarioValidator.MaxHashDigits}")),
            ("top_k", Invariant($"{ScenarioValidator.MaxTopK}")),
            ("exact off_manifold", Invariant($"{ExactOffManifold.DefaultMaxStates:N0} keys a step")),
            ("Monte Carlo samples", Invariant($"{MonteCarloEstimator.MaxSamples:N0}")),
        ];
        foreach (var (limit, value) in rows)
        {
            Assert.Contains($"| {limit} | {value} |", readme, StringComparison.Ordinal);
        }
    }
}

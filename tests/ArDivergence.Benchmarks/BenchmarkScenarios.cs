using System.Globalization;
using System.Text;

namespace ArDivergence.Benchmarks;

/// <summary>The scenario files the performance targets of BENCHMARKS.md are measured on, as YAML text.</summary>
public static class BenchmarkScenarios
{
    /// <summary>Target 1: a 10-token alphabet with 2 never-valid tokens, ε = 0.001, L = 1000.</summary>
    public static string MonteCarloPeer(int length = 1000) => $$"""
        name: mc-peer
        description: "10-token alphabet, 2 never-valid tokens, noisy oracle eps = 0.001"
        seed: 1
        length: {{length}}
        extra_tokens: [x, y]
        manifold:
          kind: automaton
          start: q
          states:
            q: [{{Moves(["a", "b", "c", "d", "e", "f", "g", "h"], _ => "q")}}]
        generators:
          - name: ar
            kind: autoregressive
            model: {kind: noisy_oracle, error: 0.001, noise: invalid}
        """;

    /// <summary>Target 2: |V| = 50,000 (100 valid tokens over two states), L = 4,096, four kinds of lane.</summary>
    public static string LargeVocabulary()
    {
        var valid = Enumerable.Range(0, 100).Select(i => $"w{i}").ToArray();
        var extra = string.Join(' ', Enumerable.Range(0, 50_000 - valid.Length).Select(i => $"x{i}"));
        return $$"""
            name: vocab-50k
            description: "|V| = 50,000 (100 valid tokens, the rest never valid), L = 4,096"
            seed: 3
            length: 4096
            extra_tokens: "{{extra}}"
            manifold:
              kind: automaton
              start: p
              states:
                p: [{{Moves(valid, i => i % 2 == 0 ? "q" : "p")}}]
                q: [{{Moves(valid[..50], _ => "p")}}]
            generators:
              - name: ar
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.001, noise: invalid}
              - name: ar-uniform
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.01, noise: uniform}
              - name: one-shot
                kind: non_autoregressive
                model: {kind: joint, sequence_error: 0.3}
              - name: mpc
                kind: mpc
                inner: one-shot
            """;
    }

    /// <summary>Target 3: 100 states, 1,000 tokens (10 moves a state), L = 10,000, uniform noise.</summary>
    public static string DynamicProgramming()
    {
        var random = new Random(5);
        var text = new StringBuilder();
        for (var s = 0; s < 100; s++)
        {
            var tokens = Enumerable.Range(0, 1000).OrderBy(_ => random.Next()).Take(10).ToArray();
            var moves = string.Join(", ", tokens.Select(t => $"{{token: t{t}, to: s{random.Next(100)}, p: {random.Next(1, 6)}}}"));
            text.Append(CultureInfo.InvariantCulture, $"    s{s}: [{moves}]\n");
        }

        var vocabulary = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"t{i}"));
        return "name: dp-100x1000\n"
            + "description: \"100 states, 1,000 tokens, L = 10,000, uniform noise\"\n"
            + "length: 10000\n"
            + $"vocabulary: \"{vocabulary}\"\n"
            + "manifold:\n  kind: automaton\n  start: s0\n  states:\n"
            + text
            + "generators:\n  - name: ar\n    kind: autoregressive\n    model: {kind: noisy_oracle, error: 0.0001, noise: uniform}\n";
    }

    /// <summary>
    /// Issue 10 item 4: an order-6 n-gram beside a noisy oracle on a 2-state automaton over 9 letters
    /// (and one never-valid token), L = 400; its exact off_manifold visits about 59,000 keys a step.
    /// Kept as a YAML file beside this one.
    /// </summary>
    public static string NgramOrderSix() => Embedded("ngram6-oracle.yaml");

    /// <summary>Target 5: one lane of L = 1,000,000 steps.</summary>
    public static string Million() => MonteCarloPeer(1_000_000).Replace("name: mc-peer", "name: million", StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, string> All() => new Dictionary<string, string>
    {
        ["mc-peer.yaml"] = MonteCarloPeer(),
        ["vocab-50k.yaml"] = LargeVocabulary(),
        ["dp-100x1000.yaml"] = DynamicProgramming(),
        ["million.yaml"] = Million(),
        ["ngram6-oracle.yaml"] = NgramOrderSix(),
    };

    private static string Embedded(string name)
    {
        using var stream = typeof(BenchmarkScenarios).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Moves(IReadOnlyList<string> tokens, Func<int, string> target) =>
        string.Join(", ", tokens.Select((t, i) => $"{{token: {t}, to: {target(i)}}}"));
}

namespace ArDivergence.Scenarios.Tests;

internal static class ScenarioText
{
    /// <summary>A valid scenario of six lines, for tests that need one as a base.</summary>
    public const string Minimal = """
        name: minimal
        manifold: {kind: sequences, sequences: [a b]}
        generators:
          - name: ar
            kind: autoregressive
            model: {kind: noisy_oracle, error: 0}

        """;
}

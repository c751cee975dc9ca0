namespace ArDivergence.Scenarios.Tests;

/// <summary>The masked_diffusion and speculative keys load, and their mistakes point at the key.</summary>
public sealed class DiffusionAndSpeculativeSyntaxTests
{
    private const string Head = """
        name: t
        length: 8
        manifold: {kind: automaton, start: q, states: {q: [{token: a, to: q}, {token: b, to: q}]}}
        generators:
          - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}

        """;

    [Fact]
    public void Both_kinds_load_with_every_key()
    {
        var result = Load.Text(Head + """
              - {name: d, kind: masked_diffusion, error: 0.1, noise: uniform, steps: 4, block_length: 4, remasking: random, prefix_cache: true, compute: {layers: 2}}
              - {name: s, kind: speculative, draft: ar, target: ar, gamma: 3}

            """);
        Assert.True(result.Spec is not null, Load.Describe(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_block_length_that_does_not_divide_L_is_refused_at_the_key()
    {
        const string Lane = "  - {name: d, kind: masked_diffusion, steps: 2, block_length: 3}";
        Load.SingleError(Head + Lane + "\n", 6, Column(Lane, "3}"), "block_length 3 must divide the length L = 8");
    }

    [Fact]
    public void Steps_that_leave_a_step_without_a_position_are_refused_with_the_choices()
    {
        const string Lane = "  - {name: d, kind: masked_diffusion, steps: 3, block_length: 4}";
        Load.SingleError(Head + Lane + "\n", 6, Column(Lane, "3,"), "steps = 3 must be a multiple of the 2 block(s)", "2, 4, 6, 8");
    }

    [Fact]
    public void A_speculative_lane_needs_autoregressive_lanes_and_a_positive_gamma()
    {
        const string Lane = "  - {name: s, kind: speculative, draft: d, target: nobody, gamma: 0}";
        var result = Load.Text(Head + "  - {name: d, kind: masked_diffusion, steps: 8}\n" + Lane + "\n");
        Load.HasError(result, 7, Column(Lane, "d,"), "draft 'd' is a masked_diffusion generator");
        Load.HasError(result, 7, Column(Lane, "nobody"), "target 'nobody' names no generator; candidates: ar");
        Load.HasError(result, 7, Column(Lane, "0}"), "'gamma'");
    }

    [Fact]
    public void A_model_on_a_diffusion_lane_gets_the_reason()
    {
        var result = Load.Text(Head + "  - {name: d, kind: masked_diffusion, steps: 8, model: {kind: factorized, error: 0}}\n");
        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("its denoiser is the exact conditional marginals plus noise", StringComparison.Ordinal));
    }

    /// <summary>The 1-based column of <paramref name="value"/> in <paramref name="line"/>.</summary>
    private static int Column(string line, string value) => line.IndexOf(value, StringComparison.Ordinal) + 1;
}

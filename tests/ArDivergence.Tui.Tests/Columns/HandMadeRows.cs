using ArDivergence.Core.Compute;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>Step rows built by hand, so a test chooses every value a column reads (no session needed).</summary>
internal static class HandMadeRows
{
    /// <summary>Step 3, token "b" (forced, off the manifold), token_error absent, off_manifold as given.</summary>
    public static StepRow Row(OffManifoldValue? offManifold, double? tokenError = null)
    {
        var step = new StepRecord(
            T: 3,
            Token: 7,
            TokenProbability: 0.25,
            OnManifold: false,
            TokenError: tokenError,
            PathOff: 0.5,
            LecunNaive: 0.75,
            Top: [],
            Compute: new StepCompute(2_000_000, 500_000, 1_000_000, 36_864),
            Totals: new ComputeTotals(6_000_000, 1_500_000, 3_000_000, 73_728),
            Forced: true,
            Accumulators: new PathAccumulators(0, 0, 0));
        return new StepRow(step, "b", offManifold, [new TopRow("a", 0.5, true), new TopRow("b", 0.25, false)]);
    }

    /// <summary>A Monte Carlo off_manifold: 0.4 with the 95% interval [0.375, 0.4375] (exact in binary).</summary>
    public static OffManifoldValue MonteCarlo { get; } = new(0.4, false, new WilsonInterval(0.375, 0.4375), 1000);
}

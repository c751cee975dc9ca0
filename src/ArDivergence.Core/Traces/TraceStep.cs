using System.Collections.Immutable;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Traces;

/// <summary>
/// One step of a recorded trace checked against a text manifold (semantics §10). While the prefix is on
/// the manifold, <see cref="TokenErrorLow"/> is the listed invalid mass and <see cref="TokenErrorHigh"/>
/// adds the unlisted mass; both are null once the prefix is off. <see cref="OnManifold"/> includes the
/// end-of-recording check at the last step (the end acts as end of generation).
/// </summary>
public sealed record TraceStep(
    int T,
    bool TokenValid,
    bool OnManifold,
    double? TokenErrorLow,
    double? TokenErrorHigh,
    double UnlistedMass,
    double PathOffLow,
    double PathOffHigh,
    ImmutableArray<bool> AlternativeValid)
{
    /// <summary>The exact token error when the listed tokens carry all the mass (unlisted below 1e-9), else null.</summary>
    public double? TokenError => TokenErrorLow is { } low && UnlistedMass < TraceBounds.ExactBelow ? low : null;

    /// <summary>The token error as known: absent once off, a number when exact, else the interval.</summary>
    public MetricValue TokenErrorValue => TokenErrorLow is not { } low || TokenErrorHigh is not { } high
        ? MetricValue.Absent
        : TokenError is { } exact ? MetricValue.Of(exact) : MetricValue.Between(low, high);

    /// <summary>The path bound as known: a number when both ends agree, else the interval.</summary>
    public MetricValue PathOffValue => PathOffLow == PathOffHigh
        ? MetricValue.Of(PathOffLow)
        : MetricValue.Between(PathOffLow, PathOffHigh);
}

using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios;

/// <summary>Whether the manifold has at least one valid continuation of the requested length (its kind's <see cref="IManifoldKind.Feasibility"/>).</summary>
public static class LengthFeasibility
{
    /// <summary>A problem (located at <c>length</c> or <c>manifold</c>) or null when some valid sequence exists.</summary>
    /// <param name="kinds">The manifold kinds; the built-in ones when null.</param>
    public static SpecProblem? Check(ScenarioSpec spec, KindRegistry? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Length is int length && (kinds ?? KindRegistry.BuiltIn).FindManifold(spec.Manifold) is { } kind
            ? kind.Feasibility(spec.Manifold, length)
            : null;
    }
}

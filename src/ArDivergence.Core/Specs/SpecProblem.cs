namespace ArDivergence.Core.Specs;

/// <summary>
/// A semantic mistake in a scenario, located by a path into the spec
/// (e.g. <c>generators[2].inner</c>, <c>manifold.states.q[0].to</c>) that the loader maps to a file position.
/// </summary>
public sealed record SpecProblem(string Path, string Message);

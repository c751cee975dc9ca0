using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// The generator and manifold kinds a validator and compiler know, generators in the order scenario files list
/// them. Immutable: <c>With</c> makes a new registry, so a test can add a kind without touching anyone else's.
/// </summary>
public sealed class KindRegistry
{
    private readonly Dictionary<Type, IGeneratorKind> _bySpec;
    private readonly Dictionary<Type, IManifoldKind> _manifoldsBySpec;

    /// <param name="manifolds">The manifold kinds; the built-in ones when null.</param>
    public KindRegistry(IEnumerable<IGeneratorKind> generators, IEnumerable<IManifoldKind>? manifolds = null)
    {
        ArgumentNullException.ThrowIfNull(generators);
        Generators = [.. generators];
        Manifolds = [.. manifolds ?? BuiltInManifolds()];
        _manifoldsBySpec = Manifolds.ToDictionary(m => m.SpecType);
        _bySpec = Generators.ToDictionary(g => g.SpecType);
        if (Generators.Select(g => g.Kind.Name).Distinct(StringComparer.Ordinal).Count() != Generators.Count)
        {
            throw new ArgumentException("two generator kinds have the same name", nameof(generators));
        }
    }

    /// <summary>autoregressive, non_autoregressive, mpc, masked_diffusion, speculative and trace.</summary>
    public static KindRegistry BuiltIn { get; } =
        new([new AutoregressiveKind(), new NonAutoregressiveKind(), new MpcKind(), new MaskedDiffusionKind(), new SpeculativeKind(), new TraceKind()]);

    public IReadOnlyList<IGeneratorKind> Generators { get; }

    public IReadOnlyList<IManifoldKind> Manifolds { get; }

    public KindRegistry With(IGeneratorKind generator) => new([.. Generators, generator], Manifolds);

    public KindRegistry With(IManifoldKind manifold) => new(Generators, [.. Manifolds, manifold]);

    /// <summary>The descriptor of a lane's spec; a spec of no registered kind is a programming error.</summary>
    public IGeneratorKind For(GeneratorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _bySpec.TryGetValue(spec.GetType(), out var kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(spec), spec, $"no generator kind is registered for {spec.GetType().Name}");
    }

    /// <summary>The descriptor of a manifold spec, or null for a spec of no registered kind.</summary>
    public IManifoldKind? FindManifold(ManifoldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _manifoldsBySpec.GetValueOrDefault(spec.GetType());
    }

    /// <summary>The descriptor of a manifold spec; a spec of no registered kind is a programming error.</summary>
    public IManifoldKind ManifoldFor(ManifoldSpec spec) =>
        FindManifold(spec) ?? throw new ArgumentOutOfRangeException(nameof(spec), spec, "unknown manifold kind");

    private static IManifoldKind[] BuiltInManifolds() =>
    [
        new SequencesKind(), new AutomatonKind(),
        new CopyTaskKind(), new AdditionTaskKind(), new HashThenValueTaskKind(), new PathStarTaskKind(), new DyckTaskKind(),
        new RegexKind(), new AnswersKind(),
    ];
}

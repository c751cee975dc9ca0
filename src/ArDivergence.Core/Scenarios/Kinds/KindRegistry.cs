using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// The generator kinds a validator and compiler know, in the order scenario files list them. Immutable:
/// <see cref="With"/> makes a new registry, so a test can add a kind without touching anyone else's.
/// </summary>
public sealed class KindRegistry
{
    private readonly Dictionary<Type, IGeneratorKind> _bySpec;

    public KindRegistry(IEnumerable<IGeneratorKind> generators)
    {
        ArgumentNullException.ThrowIfNull(generators);
        Generators = [.. generators];
        _bySpec = Generators.ToDictionary(g => g.SpecType);
        if (Generators.Select(g => g.Kind.Name).Distinct(StringComparer.Ordinal).Count() != Generators.Count)
        {
            throw new ArgumentException("two generator kinds have the same name", nameof(generators));
        }
    }

    /// <summary>autoregressive, non_autoregressive and mpc.</summary>
    public static KindRegistry BuiltIn { get; } = new([new AutoregressiveKind(), new NonAutoregressiveKind(), new MpcKind()]);

    public IReadOnlyList<IGeneratorKind> Generators { get; }

    public KindRegistry With(IGeneratorKind generator) => new([.. Generators, generator]);

    /// <summary>The descriptor of a lane's spec; a spec of no registered kind is a programming error.</summary>
    public IGeneratorKind For(GeneratorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _bySpec.TryGetValue(spec.GetType(), out var kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(spec), spec, $"no generator kind is registered for {spec.GetType().Name}");
    }
}

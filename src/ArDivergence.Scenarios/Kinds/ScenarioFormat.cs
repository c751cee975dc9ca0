using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// The kinds a scenario file may use: the loader's half of each generator kind (<see cref="IGeneratorSyntax"/>)
/// beside Core's half (<see cref="KindRegistry"/>), in the order messages list them. Immutable: <see cref="With{TKind}"/>
/// makes a new format, so a test adds a kind without changing what anyone else loads.
/// </summary>
public sealed class ScenarioFormat
{
    private ScenarioFormat(KindRegistry kinds, IReadOnlyList<IGeneratorSyntax> syntaxes, IReadOnlyList<IManifoldSyntax> manifolds)
    {
        Kinds = kinds;
        Manifolds = manifolds;
        var byName = syntaxes.ToDictionary(s => s.KindName, StringComparer.Ordinal);
        Generators = [.. kinds.Generators.Select(k => byName.TryGetValue(k.Kind.Name, out var syntax)
            ? syntax
            : throw new ArgumentException($"generator kind '{k.Kind.Name}' has no syntax", nameof(syntaxes)))];
    }

    /// <summary>autoregressive, non_autoregressive, mpc, masked_diffusion and speculative.</summary>
    public static ScenarioFormat BuiltIn { get; } =
        new(
            KindRegistry.BuiltIn,
            [new AutoregressiveSyntax(), new NonAutoregressiveSyntax(), new MpcSyntax(), new MaskedDiffusionSyntax(), new SpeculativeSyntax(), new TraceSyntax()],
            [
                new SequencesSyntax(), new AutomatonSyntax(),
                new CopyTaskSyntax(), new AdditionTaskSyntax(), new HashThenValueTaskSyntax(), new PathStarTaskSyntax(), new DyckTaskSyntax(),
                new RegexSyntax(), new AnswersSyntax(),
            ]);

    /// <summary>Core's half of every kind, for the validator, the compiler and a session's options.</summary>
    public KindRegistry Kinds { get; }

    /// <summary>The loader's half of every generator kind, in the order of <see cref="Kinds"/>.</summary>
    public IReadOnlyList<IGeneratorSyntax> Generators { get; }

    /// <summary>The loader's half of every manifold kind, in the order messages list them (tasks by <c>task:</c>).</summary>
    public IReadOnlyList<IManifoldSyntax> Manifolds { get; }

    /// <summary>Every mapping's key set: a definition of scenario.schema.json each.</summary>
    public IReadOnlyList<KeySet> KeySets => [.. ScenarioKeys.All, .. Manifolds.Select(m => m.Keys), .. Generators.Select(g => g.Keys)];

    /// <summary>This format and one more manifold kind, both halves in one class.</summary>
    public ScenarioFormat WithManifold<TKind>(TKind kind)
        where TKind : IManifoldKind, IManifoldSyntax
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new ScenarioFormat(Kinds.With(kind), Generators, [.. Manifolds, kind]);
    }

    /// <summary>This format and one more generator kind, both halves in one class.</summary>
    public ScenarioFormat With<TKind>(TKind kind)
        where TKind : IGeneratorKind, IGeneratorSyntax
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new ScenarioFormat(Kinds.With(kind), [.. Generators, kind], Manifolds);
    }
}

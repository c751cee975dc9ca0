using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// The loader's half of a manifold kind: the <c>kind:</c> (and for a task the <c>task:</c>) that selects it, the
/// keys its mapping allows, and how the mapping becomes its spec record. Core's half is
/// <see cref="Core.Scenarios.Kinds.IManifoldKind"/>.
/// </summary>
public interface IManifoldSyntax
{
    /// <summary>The <c>kind:</c> value: <c>sequences</c>, <c>automaton</c>, <c>task</c>.</summary>
    string KindName { get; }

    /// <summary>The <c>task:</c> value of a task (<c>copy</c>), null for a kind that is not a task.</summary>
    string? TaskName { get; }

    /// <summary>Every key the mapping allows, <c>kind</c> (and <c>task</c>) included.</summary>
    KeySet Keys { get; }

    /// <summary>The spec, read through <paramref name="fields"/> (which report every mistake at its position).</summary>
    ManifoldSpec Map(KindFields fields);
}

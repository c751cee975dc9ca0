using ArDivergence.Core.Specs;
using ArDivergence.Core.Text;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>A manifold kind over text (semantics §8): its language as a byte-level DFA, which every lane views through its own tokens.</summary>
public interface ITextManifoldKind
{
    /// <summary>The language of a validated spec.</summary>
    ByteDfa Language(ManifoldSpec spec);
}

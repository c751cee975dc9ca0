namespace ArDivergence.Core.Generators;

/// <summary>
/// Everything a lane's next-token distribution depends on besides t: the manifold state, a small
/// model memory (a plan's origin state, a count of uncorruptible positions…) and the model's context
/// (an n-gram's last tokens). Exact dynamic programming runs over these keys.
/// </summary>
public readonly record struct ProcessKey(int Manifold, int Memory, UInt128 Context);

using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// What a manifold kind's checks see and tell the rest of the validation: problems (at spec paths such as
/// <c>manifold.states</c>), the tokens it emits and where the file names them, the length it derives, and the
/// states possible at one position (the cost limits' measure).
/// </summary>
public sealed class ManifoldCheck
{
    private readonly ValidationRun _run;

    internal ManifoldCheck(ValidationRun run) => _run = run;

    public ScenarioSpec Scenario => _run.Spec;

    /// <summary>Tokens the manifold can emit; leave null when the manifold is too broken to tell (later checks then stay quiet).</summary>
    public HashSet<string>? Emitted
    {
        get => _run.Emitted;
        set => _run.Emitted = value;
    }

    /// <summary>Tokens the manifold uses without the file naming them (a task's digits), checked against a closed vocabulary at <c>vocabulary</c>.</summary>
    public List<string> ImplicitTokens => _run.ImplicitTokens;

    /// <summary>L when the manifold fixes it.</summary>
    public int? DerivedLength
    {
        get => _run.DerivedLength;
        set => _run.DerivedLength = value;
    }

    /// <summary>The most manifold states possible at one position, when the manifold fixes it without L.</summary>
    public long? StatesAtOnePosition
    {
        get => _run.StatesAtOnePosition;
        set => _run.StatesAtOnePosition = value;
    }

    /// <summary>A token the file writes at <paramref name="path"/> (checked against a closed vocabulary there).</summary>
    public void UsesToken(string token, string path) => _run.ManifoldUses.Add(new TokenUse(token, path));

    public void Add(string path, string message) => _run.Add(path, message);

    /// <summary>Reports <paramref name="message"/> unless <paramref name="condition"/> holds; returns the condition.</summary>
    public bool Require(bool condition, string path, string message) => _run.Require(condition, path, message);
}

namespace ArDivergence.Scenarios.Overrides;

/// <summary>
/// One value put in place of a key of a scenario file before it is read, as `ardiv sweep --set` gives it:
/// <see cref="Key"/> is a dotted path of the file's keys, a list item named by its <c>name:</c> (or by its
/// index), e.g. <c>generators.ar.model.error</c>; <see cref="Value"/> is read like a plain YAML scalar.
/// </summary>
public sealed record ScenarioOverride(string Key, string Value)
{
    public override string ToString() => $"{Key}={Value}";
}

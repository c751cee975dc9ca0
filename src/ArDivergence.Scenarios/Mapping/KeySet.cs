namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// The keys one kind of mapping allows. <see cref="Definition"/> names the matching definition in
/// scenario.schema.json (<c>$defs/NAME</c>), whose <c>properties</c> a test compares with <see cref="Keys"/>.
/// </summary>
internal sealed record KeySet(string Definition, string Subject, IReadOnlyList<string> Keys)
{
    public bool Allows(string key) => Keys.Contains(key, StringComparer.Ordinal);
}

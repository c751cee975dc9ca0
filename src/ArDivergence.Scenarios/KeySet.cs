namespace ArDivergence.Scenarios;

/// <summary>
/// The keys one kind of mapping allows. <see cref="Definition"/> names the matching definition in
/// scenario.schema.json (<c>$defs/NAME</c>), whose <c>properties</c> a test compares with <see cref="Keys"/>:
/// a kind's schema fragment. <see cref="Subject"/> names the mapping in messages ("an mpc generator").
/// </summary>
public sealed record KeySet(string Definition, string Subject, IReadOnlyList<string> Keys)
{
    public bool Allows(string key) => Keys.Contains(key, StringComparer.Ordinal);
}

using System.Text;
using ArDivergence.Core.Traces;

namespace ArDivergence.Core.Tests.Support;

/// <summary>Hand-made recorded traces: each token with its probability and the alternatives listed beside it.</summary>
internal static class Recordings
{
    public static RecordedAlternative Listed(string text, double probability) => new(text, [.. Encoding.UTF8.GetBytes(text)], probability);

    public static RecordedAlternative Control(string text, double probability) => new(text, null, probability);

    /// <summary>A token whose own probability is the first listed alternative's (the emitted token is listed first).</summary>
    public static RecordedToken Token(string text, params RecordedAlternative[] listed) =>
        new(text, [.. Encoding.UTF8.GetBytes(text)], listed.FirstOrDefault(a => a.Text == text)?.Probability, [.. listed]);

    public static RecordedTrace Trace(params RecordedToken[] tokens) => new("hand-made", "ardiv", null, null, null, [.. tokens]);

    /// <summary>A trace of the given tokens, each listed alone with probability 1 (for verdict-only tests).</summary>
    public static RecordedTrace Plain(params string[] tokens) => Trace([.. tokens.Select(t => Token(t, Listed(t, 1)))]);
}

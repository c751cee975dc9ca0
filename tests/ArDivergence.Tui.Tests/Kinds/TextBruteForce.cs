using System.Text;
using System.Text.RegularExpressions;
using ArDivergence.Core.Text;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// Semantics §8 by enumeration, independent of the DFA and the token index: a full match is decided by
/// .NET's Regex on the decoded text; a token is valid iff some continuation of at most L − t ordinary
/// tokens makes a full match, end-of-text iff the text matches now, a control token never; and
/// off_manifold(t) sums the probability of every token sequence whose first invalid token is at step ≤ t
/// (a sequence stops at end-of-text).
/// </summary>
internal sealed class TextBruteForce(Func<string, bool> matches, TextVocabulary vocabulary, IReadOnlyList<double> probabilities, int length)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<(string, int), bool> _completes = [];

    public static TextBruteForce ForPattern(string pattern, int length) =>
        new(new Regex($"^(?:{pattern})(?![\\s\\S])", RegexOptions.ECMAScript).IsMatch, TinyTextModel.Vocabulary, TinyTextModel.Probabilities, length);

    public bool IsValid(byte[] text, int token, int t)
    {
        if (token == vocabulary.EndOfText)
        {
            return Matches(text);
        }

        return !vocabulary.IsControl(token) && CanComplete([.. text, .. vocabulary.Bytes(token)], length - t);
    }

    /// <summary>Σ p(v) over the invalid v at step t after <paramref name="text"/>.</summary>
    public double TokenError(byte[] text, int t) =>
        Enumerable.Range(0, vocabulary.Count).Where(v => !IsValid(text, v, t)).Sum(v => probabilities[v]);

    /// <summary>off_manifold(t) for t = 0..L (index t).</summary>
    public double[] OffByStep()
    {
        var firstOff = new double[length + 1];
        Explore([], 1, 1.0, firstOff);
        var cumulative = new double[length + 1];
        for (var t = 1; t <= length; t++)
        {
            cumulative[t] = cumulative[t - 1] + firstOff[t];
        }

        return cumulative;
    }

    private void Explore(byte[] text, int t, double probability, double[] firstOff)
    {
        if (t > length)
        {
            return;
        }

        for (var v = 0; v < vocabulary.Count; v++)
        {
            var p = probability * probabilities[v];
            if (!IsValid(text, v, t))
            {
                firstOff[t] += p;
            }
            else if (v != vocabulary.EndOfText)
            {
                Explore([.. text, .. vocabulary.Bytes(v)], t + 1, p, firstOff);
            }
        }
    }

    private bool CanComplete(byte[] text, int tokens)
    {
        var key = (Convert.ToHexString(text), tokens);
        if (_completes.TryGetValue(key, out var known))
        {
            return known;
        }

        var ordinary = Enumerable.Range(0, vocabulary.Count).Where(v => v != vocabulary.EndOfText && !vocabulary.IsControl(v));
        var result = Matches(text) || (tokens > 0 && ordinary.Any(v => CanComplete([.. text, .. vocabulary.Bytes(v)], tokens - 1)));
        _completes[key] = result;
        return result;
    }

    private bool Matches(byte[] text)
    {
        try
        {
            return matches(StrictUtf8.GetString(text));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

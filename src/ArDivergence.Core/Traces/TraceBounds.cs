using System.Collections.Immutable;
using ArDivergence.Core.Numerics;

namespace ArDivergence.Core.Traces;

/// <summary>
/// Walks one recorded trace through a text manifold and bounds each step's token error from the
/// listed alternatives (semantics §10): low = Σ p over listed invalid tokens, u = max(0, 1 − Σ p over
/// listed tokens), high = low + u (at most 1). A listed token is valid iff the text stays a prefix of
/// the language (the automaton is alive after its bytes); a control token (no bytes) is valid iff the
/// text so far matches. The path bounds are §4's product over each end: 1 − Π(1 − low_i), 1 − Π(1 − high_i).
/// </summary>
public static class TraceBounds
{
    /// <summary>Below this unlisted mass the listed tokens are taken to be the whole distribution.</summary>
    public const double ExactBelow = 1e-9;

    public static TraceWalk Walk(RecordedTrace trace, ITextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(language);
        var steps = ImmutableArray.CreateBuilder<TraceStep>(trace.Tokens.Length);
        var state = language.Start;
        var onManifold = true;
        double logStayLow = 0, logStayHigh = 0;
        int? firstOff = null;
        for (var i = 0; i < trace.Tokens.Length; i++)
        {
            var token = trace.Tokens[i];
            var t = i + 1;
            var valid = false;
            double? low = null, high = null;
            var unlisted = Math.Max(0, 1 - token.ListedMass);
            var alternativeValid = ImmutableArray<bool>.Empty;
            if (onManifold)
            {
                alternativeValid = ValidityOf(token.Alternatives, state, language);
                var invalidMass = 0.0;
                for (var a = 0; a < alternativeValid.Length; a++)
                {
                    invalidMass += alternativeValid[a] ? 0 : token.Alternatives[a].Probability;
                }

                low = Math.Min(1, invalidMass);
                high = Math.Min(1, invalidMass + unlisted);
                logStayLow += AccurateMath.Log1p(-low.Value);
                logStayHigh += AccurateMath.Log1p(-high.Value);
                state = language.Advance(state, token.Bytes.AsSpan());
                valid = state != ITextLanguage.Dead;
                var endsOff = valid && t == trace.Tokens.Length && !language.IsAccepting(state);
                onManifold = valid && !endsOff;
                if (!onManifold)
                {
                    firstOff = t;
                }
            }

            steps.Add(new TraceStep(t, valid, onManifold, low, high, unlisted,
                -AccurateMath.Expm1(logStayLow), -AccurateMath.Expm1(logStayHigh), alternativeValid));
        }

        if (trace.Tokens.Length == 0 && !language.IsAccepting(state))
        {
            firstOff = 0;
        }

        return new TraceWalk(trace, steps.MoveToImmutable(), firstOff);
    }

    private static ImmutableArray<bool> ValidityOf(ImmutableArray<RecordedAlternative> alternatives, int state, ITextLanguage language)
    {
        var valid = ImmutableArray.CreateBuilder<bool>(alternatives.Length);
        foreach (var alternative in alternatives)
        {
            valid.Add(alternative.Bytes is { } bytes
                ? language.Advance(state, bytes.AsSpan()) != ITextLanguage.Dead
                : language.IsAccepting(state));
        }

        return valid.MoveToImmutable();
    }
}

using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// LeCun's bound of one lane as the outputs show it (semantics §13): e_min and the bound where the exact process
/// reached L, and otherwise, instead of a number, why not.
/// </summary>
public sealed record LecunBoundSummary(string Status, double? MinTokenError, double? Bound)
{
    public const string Applies = "applies";
    public const string DoesNotApply = "does not apply (e_min = 0)";
    public const string NoExactProcess = "no exact process";
    public const string NotForThisKind = "not defined for this lane kind";
    public const string BeyondLimit = "exact process beyond its state limit";
    public const string NotComputed = "not computed (exact not run)";
    public const string Pending = "not known yet";

    /// <summary>The bound of a lane's curve; <paramref name="compute"/> false reads only what is computed already.</summary>
    public static LecunBoundSummary Of(OffManifoldCurve curve, bool compute = true, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Exact is not { } exact)
        {
            return new(NoExactProcess, null, null);
        }

        if (!exact.HasLecunBound)
        {
            return new(NotForThisKind, null, null);
        }

        var bound = compute ? exact.LecunBound(cancellation) : exact.KnownLecunBound();
        return bound switch
        {
            null when exact.LimitReached => new(BeyondLimit, null, null),
            null => new(compute ? BeyondLimit : Pending, null, null),
            { Applies: true } => new(Applies, bound.MinTokenError, bound.Bound),
            _ => new(DoesNotApply, bound.MinTokenError, bound.Bound),
        };
    }

    /// <summary>The bound where it applies, else the status: "0.6340", "does not apply (e_min = 0)".</summary>
    public string Text => Status == Applies && Bound is { } bound ? Units.Probability(bound) : Status;
}

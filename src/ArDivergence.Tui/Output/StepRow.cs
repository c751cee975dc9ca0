using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Output;

/// <summary>One step of one lane with everything the verbs print, tokens already as text.</summary>
public sealed record StepRow(
    int T,
    string Token,
    double TokenProbability,
    bool OnManifold,
    double? TokenError,
    double PathOff,
    OffManifoldValue? OffManifold,
    double LecunNaive,
    double FlopsComputed,
    double FlopsRecomputed,
    double FlopsReused,
    long KvCacheBytes,
    bool Forced,
    IReadOnlyList<TopRow> Top);

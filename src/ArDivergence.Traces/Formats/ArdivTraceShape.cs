using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// ardiv's own trace JSON (written by `ardiv import`, documented in scenarios/README.md): one generation
/// a file, marked by `"ardiv_trace": 1`.
/// </summary>
internal sealed class ArdivTraceShape : ITraceShape
{
    public const int Version = 1;

    public string Format => TraceFormats.Ardiv;

    public string HowToRequest => "an ardiv trace lists a `logprob` for every token (null for probability 0)";

    public bool Recognizes(JsonAt root) => root.Has(ArdivTraceWriter.Marker);

    public IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format)
    {
        if (chunks.Count != 1)
        {
            throw chunks[1].Fail("an ardiv trace file holds one JSON object (one generation)");
        }

        var root = chunks[0];
        var version = root.Required(ArdivTraceWriter.Marker);
        if (version.Number() != Version)
        {
            throw version.Fail($"this ardiv reads trace version {Version}, not {version.Element}");
        }

        var assembly = new TraceAssembly(root.File, root.File)
        {
            Model = root.Optional("model")?.Text(),
            Prompt = root.Optional("prompt")?.Text(),
            FinishReason = root.Optional("finish_reason")?.Text(),
        };
        foreach (var entry in root.Required("tokens").Items())
        {
            var text = entry.Required("text").Text();
            var probability = entry.Has("logprob") ? ProbabilityOf(entry) : (double?)null;
            var listed = entry.Optional("alternatives")?.Items().Select(a =>
            {
                var alternativeText = a.Required("text").Text();
                var bytes = a.Has("bytes") && a.Optional("bytes") is null ? null : (System.Collections.Immutable.ImmutableArray<byte>?)a.Required("bytes").Bytes();
                return new RecordedAlternative(alternativeText, bytes, ProbabilityOf(a));
            }) ?? [];
            assembly.Add(TraceTokens.Emitted(text, entry.Required("bytes").Bytes(), probability, listed), entry.Path);
        }

        var source = root.Optional("source")?.Text() ?? root.File;
        var recordedFormat = root.Optional("format")?.Text() ?? format;
        return [assembly.Build(recordedFormat) with { Source = source }];
    }

    /// <summary>`logprob` as a probability; null (JSON has no −∞) is probability 0.</summary>
    private static double ProbabilityOf(JsonAt entry) => entry.Optional("logprob") is { } logprob ? logprob.LogprobAsProbability() : 0;
}

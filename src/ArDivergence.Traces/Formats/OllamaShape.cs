using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// Ollama's /api/generate and /api/chat: `logprobs[]` (token, logprob, bytes when given, top_logprobs) in
/// the whole response, or a piece of it in every streamed chunk (one JSON object a line).
/// </summary>
internal sealed class OllamaShape : ITraceShape
{
    public string Format => TraceFormats.Ollama;

    public string HowToRequest => "request them with \"logprobs\": true and \"top_logprobs\": 5 in the /api/generate or /api/chat request";

    public bool Recognizes(JsonAt root) => root.Has("done") && root.Has("model") && (root.Has("response") || root.Has("message") || root.Has("logprobs"));

    public IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format)
    {
        var file = chunks[0].File;
        var assembly = new TraceAssembly(file, file);
        var hasText = false;
        var hasLogprobs = false;
        foreach (var chunk in chunks)
        {
            assembly.Model ??= chunk.Optional("model")?.Text();
            assembly.FinishReason = chunk.Optional("done_reason")?.Text() ?? assembly.FinishReason;
            var text = chunk.Optional("response") ?? chunk.Optional("message")?.Optional("content");
            hasText |= text is { Element.ValueKind: System.Text.Json.JsonValueKind.String } t && t.Text().Length > 0;
            if (chunk.Optional("logprobs") is not { } entries)
            {
                continue;
            }

            hasLogprobs = true;
            foreach (var entry in entries.Items())
            {
                var token = entry.Required("token").Text();
                var listed = entry.Optional("top_logprobs")?.Items().Select(Alternative) ?? [];
                assembly.Add(TraceTokens.Emitted(token, TraceTokens.EmittedBytes(entry, token), entry.Required("logprob").LogprobAsProbability(), listed), entry.Path);
            }
        }

        if (!hasLogprobs && hasText)
        {
            throw (chunks[0] with { Path = "$.logprobs" }).Fail($"the response has no log-probabilities; {HowToRequest}");
        }

        return [assembly.Build(format)];
    }

    private static RecordedAlternative Alternative(JsonAt entry)
    {
        var text = entry.Required("token").Text();
        return new RecordedAlternative(text, TraceTokens.AlternativeBytes(entry, text), entry.Required("logprob").LogprobAsProbability());
    }
}

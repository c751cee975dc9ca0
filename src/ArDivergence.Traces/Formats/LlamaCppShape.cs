using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// llama.cpp server's /completion: `completion_probabilities[]` in one of three shapes — `logprob` with
/// `top_logprobs` (the default since 2025), `prob` with `top_probs` (with "post_sampling_probs": true), and
/// the older `content` with `probs: [{tok_str, prob}]`, which may not list the emitted token (its
/// probability is then unknown). Streamed responses carry a piece of the list in every chunk.
/// </summary>
internal sealed class LlamaCppShape : ITraceShape
{
    public string Format => TraceFormats.LlamaCpp;

    public string HowToRequest => "request them with \"n_probs\": 5 in the /completion request (add \"post_sampling_probs\": true for probabilities after sampling)";

    public bool Recognizes(JsonAt root) => root.Has("completion_probabilities") || root.Has("generation_settings")
        || root.Has("tokens_predicted") || root.Has("stop_type");

    public IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format)
    {
        var file = chunks[0].File;
        var assembly = new TraceAssembly(file, file);
        var hasText = false;
        var hasLogprobs = false;
        foreach (var chunk in chunks)
        {
            assembly.Model ??= chunk.Optional("model")?.Text() ?? chunk.Optional("generation_settings")?.Optional("model")?.Text();
            assembly.Prompt ??= chunk.Optional("prompt") is { Element.ValueKind: System.Text.Json.JsonValueKind.String } prompt ? prompt.Text() : null;
            assembly.FinishReason = chunk.Optional("stop_type")?.Text() ?? assembly.FinishReason;
            hasText |= chunk.Optional("content") is { Element.ValueKind: System.Text.Json.JsonValueKind.String } content && content.Text().Length > 0;
            if (chunk.Optional("completion_probabilities") is not { } entries)
            {
                continue;
            }

            hasLogprobs = true;
            foreach (var entry in entries.Items())
            {
                assembly.Add(Token(entry), entry.Path);
            }
        }

        if (!hasLogprobs && hasText)
        {
            throw (chunks[0] with { Path = "$.completion_probabilities" }).Fail($"the response has no log-probabilities; {HowToRequest}");
        }

        return [assembly.Build(format)];
    }

    private static RecordedToken Token(JsonAt entry)
    {
        if (entry.Has("probs"))
        {
            var text = entry.Required("content").Text();
            var listed = entry.Required("probs").Items()
                .Select(p => (Text: p.Required("tok_str").Text(), Probability: p.Required("prob").Probability()))
                .Select(p => new RecordedAlternative(p.Text, TraceTokens.BytesOfText(p.Text), p.Probability))
                .ToList();
            var emitted = listed.FirstOrDefault(a => a.Text == text)?.Probability;
            return TraceTokens.Emitted(text, TraceTokens.BytesOfText(text), emitted, listed);
        }

        var token = entry.Required("token").Text();
        if (entry.Has("prob"))
        {
            var listed = entry.Optional("top_probs")?.Items().Select(a => Alternative(a, a.Required("prob").Probability())) ?? [];
            return TraceTokens.Emitted(token, TraceTokens.EmittedBytes(entry, token), entry.Required("prob").Probability(), listed);
        }

        if (entry.Has("logprob"))
        {
            var listed = entry.Optional("top_logprobs")?.Items().Select(a => Alternative(a, a.Required("logprob").LogprobAsProbability())) ?? [];
            return TraceTokens.Emitted(token, TraceTokens.EmittedBytes(entry, token), entry.Required("logprob").LogprobAsProbability(), listed);
        }

        throw entry.Fail("expected `logprob`, `prob` or `probs` in a completion_probabilities entry");
    }

    private static RecordedAlternative Alternative(JsonAt entry, double probability)
    {
        var text = entry.Required("token").Text();
        return new RecordedAlternative(text, TraceTokens.AlternativeBytes(entry, text), probability);
    }
}

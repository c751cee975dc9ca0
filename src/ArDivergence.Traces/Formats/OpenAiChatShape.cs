using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// OpenAI chat completions (and vLLM's, and llama.cpp's /v1/chat/completions): `choices[].logprobs.content[]`
/// with token, logprob, bytes and top_logprobs; streamed as chunks whose choices carry the same list.
/// </summary>
internal sealed class OpenAiChatShape : ITraceShape
{
    public string Format => TraceFormats.OpenAiChat;

    public string HowToRequest => "request them with \"logprobs\": true and \"top_logprobs\": 5 (up to 20) in the chat completions request";

    public bool Recognizes(JsonAt root) => Choices.Of(root).Any(c => c.Has("message") || c.Has("delta")
        || c.Optional("logprobs")?.Has("content") == true);

    public IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format) =>
        Choices.Read(chunks, format, HowToRequest, (choice, assembly) =>
        {
            if (choice.Optional("logprobs")?.Optional("content") is not { } content)
            {
                return false;
            }

            foreach (var entry in content.Items())
            {
                var text = entry.Required("token").Text();
                var listed = entry.Optional("top_logprobs")?.Items().Select(Alternative) ?? [];
                var probability = entry.Required("logprob").LogprobAsProbability();
                assembly.Add(TraceTokens.Emitted(text, TraceTokens.EmittedBytes(entry, text), probability, listed), entry.Path);
            }

            return true;
        });

    private static RecordedAlternative Alternative(JsonAt entry)
    {
        var text = entry.Required("token").Text();
        return new RecordedAlternative(text, TraceTokens.AlternativeBytes(entry, text), entry.Required("logprob").LogprobAsProbability());
    }
}

using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// Legacy OpenAI completions (and vLLM's): `choices[].logprobs` holds parallel lists `tokens`,
/// `token_logprobs` and `top_logprobs` (one {token: logprob} dict per step). The sampled token need not
/// be in its step's dict (a top-1 dict names the most likely token, not the sampled one); it is listed
/// with its own logprob then.
/// </summary>
internal sealed class OpenAiCompletionsShape : ITraceShape
{
    public string Format => TraceFormats.OpenAiCompletions;

    public string HowToRequest => "request them with \"logprobs\": 5 (the number of alternatives, up to 5) in the completions request";

    public bool Recognizes(JsonAt root) => Choices.Of(root).Any(c => c.Has("text") || c.Optional("logprobs")?.Has("tokens") == true);

    public IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format) =>
        Choices.Read(chunks, format, HowToRequest, (choice, assembly) =>
        {
            if (choice.Optional("logprobs") is not { } logprobs || logprobs.Optional("tokens") is not { } tokensAt)
            {
                return false;
            }

            var tokens = tokensAt.Items().ToList();
            var logprobList = logprobs.Required("token_logprobs").Items().ToList();
            var tops = logprobs.Optional("top_logprobs")?.Items().ToList();
            if (logprobList.Count != tokens.Count || (tops is not null && tops.Count != tokens.Count))
            {
                throw logprobs.Fail($"`tokens` has {tokens.Count} entries but `token_logprobs` has {logprobList.Count}" +
                    (tops is null ? "" : $" and `top_logprobs` {tops.Count}"));
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                var text = tokens[i].Text();
                if (logprobList[i].IsNull)
                {
                    throw logprobList[i].Fail("a generated token has no logprob (a request with \"echo\": true lists the prompt's tokens too; import a response without echo)");
                }

                var listed = tops?[i] is { IsNull: false } top
                    ? top.Properties().Select(p => new RecordedAlternative(p.Name, TraceTokens.BytesOfText(p.Name), p.Value.LogprobAsProbability()))
                    : [];
                assembly.Add(TraceTokens.Emitted(text, TraceTokens.BytesOfText(text), logprobList[i].LogprobAsProbability(), listed), tokens[i].Path);
            }

            return true;
        });
}

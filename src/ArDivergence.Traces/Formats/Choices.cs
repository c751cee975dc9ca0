using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>
/// The `choices[]` of OpenAI-shaped responses, whole or streamed: one generation per choice index,
/// its tokens gathered from every chunk in order.
/// </summary>
internal static class Choices
{
    public static IEnumerable<JsonAt> Of(JsonAt root) =>
        root.Optional("choices") is { } choices && choices.Element.ValueKind == System.Text.Json.JsonValueKind.Array
            ? choices.Items().Where(c => c.IsObject)
            : [];

    /// <param name="readLogprobs">Adds a choice's tokens of one chunk; false when the chunk's choice has no logprobs.</param>
    public static IReadOnlyList<RecordedTrace> Read(
        IReadOnlyList<JsonAt> chunks, string format, string howToRequest, Func<JsonAt, TraceAssembly, bool> readLogprobs)
    {
        var byIndex = new SortedDictionary<int, (TraceAssembly Assembly, JsonAt First, bool HasLogprobs, bool HasText)>();
        var file = chunks[0].File;
        foreach (var chunk in chunks)
        {
            var position = 0;
            foreach (var choice in Of(chunk))
            {
                var index = choice.Optional("index") is { } i ? (int)i.Number() : position;
                position++;
                if (!byIndex.TryGetValue(index, out var entry))
                {
                    entry = (new TraceAssembly(file, file), choice, false, false);
                }

                var assembly = entry.Assembly;
                assembly.Model ??= chunk.Optional("model")?.Text();
                assembly.FinishReason = choice.Optional("finish_reason")?.Text() ?? assembly.FinishReason;
                var hasLogprobs = readLogprobs(choice, assembly) || entry.HasLogprobs;
                byIndex[index] = (assembly, entry.First, hasLogprobs, entry.HasText || HasText(choice));
            }
        }

        if (byIndex.Count == 0)
        {
            throw chunks[0].Fail("the response has no choices");
        }

        var traces = new List<RecordedTrace>();
        foreach (var (index, entry) in byIndex)
        {
            if (!entry.HasLogprobs && entry.HasText)
            {
                throw (entry.First with { Path = entry.First.Path + ".logprobs" }).Fail($"the response has no log-probabilities (`logprobs` is missing or null); {howToRequest}");
            }

            var source = byIndex.Count == 1 ? file : $"{file} choices[{index}]";
            var built = entry.Assembly.Build(format);
            traces.Add(built with { Source = source });
        }

        return traces;
    }

    private static bool HasText(JsonAt choice) =>
        (choice.Optional("message") ?? choice.Optional("delta"))?.Optional("content") is { } content
            ? content.Element.ValueKind != System.Text.Json.JsonValueKind.String || content.Text().Length > 0
            : choice.Optional("text") is { } text && text.Text().Length > 0;
}

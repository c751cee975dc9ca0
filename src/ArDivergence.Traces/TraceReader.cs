using ArDivergence.Core.Traces;
using ArDivergence.Traces.Formats;

namespace ArDivergence.Traces;

/// <summary>
/// Reads a recorded response into its generations (semantics §10), detecting the format unless one is
/// named. Every problem is a <see cref="TraceReadException"/> naming the file (and the line, column or
/// JSON path); nothing is thrown for bad input otherwise.
/// </summary>
public static class TraceReader
{
    private static readonly ITraceShape Ardiv = new ArdivTraceShape();
    private static readonly ITraceShape LlamaCpp = new LlamaCppShape();
    private static readonly ITraceShape Ollama = new OllamaShape();
    private static readonly ITraceShape Chat = new OpenAiChatShape();
    private static readonly ITraceShape Completions = new OpenAiCompletionsShape();

    /// <summary>In the order auto-detection tries them (the most specific marks first).</summary>
    private static readonly ITraceShape[] Shapes = [Ardiv, LlamaCpp, Ollama, Chat, Completions];

    public static IReadOnlyList<RecordedTrace> ReadFile(string path, string format = TraceFormats.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new TraceReadException(path, $"cannot read the file: {unreadable.Message}");
        }

        return Read(path, content, format);
    }

    public static IReadOnlyList<RecordedTrace> Read(string file, byte[] content, string format = TraceFormats.Auto)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(format);
        var parsed = JsonInput.Parse(file, content);
        var streamed = parsed.Count > 1;
        var chunks = parsed.Select(c => JsonAt.Root(c, file, streamed)).ToList();
        var notObject = chunks.FirstOrDefault(c => !c.IsObject);
        if (notObject != default)
        {
            throw notObject.Fail("expected a JSON object (a server's response)");
        }

        var (shape, name) = Choose(chunks, format);
        return shape.Read(chunks, name);
    }

    private static (ITraceShape Shape, string Name) Choose(List<JsonAt> chunks, string format)
    {
        var first = chunks[0];
        switch (format)
        {
            case TraceFormats.Auto:
                var found = Shapes.FirstOrDefault(s => chunks.Any(s.Recognizes))
                    ?? throw new TraceReadException(first.File,
                        "no known trace format: expected an OpenAI or vLLM response (`choices`), a llama.cpp /completion " +
                        "response (`completion_probabilities`), an Ollama response (`logprobs`, `done`) or an ardiv trace (`ardiv_trace`)");
                return (found, found is OpenAiChatShape or OpenAiCompletionsShape && IsVllm(chunks) ? TraceFormats.Vllm : found.Format);
            case TraceFormats.Vllm:
                var openAi = new[] { Chat, Completions }.FirstOrDefault(s => chunks.Any(s.Recognizes))
                    ?? throw new TraceReadException(first.File, "not a vLLM response: expected OpenAI-shaped `choices`");
                return (openAi, TraceFormats.Vllm);
            default:
                var named = Shapes.FirstOrDefault(s => s.Format == format)
                    ?? throw new TraceReadException(first.File, $"unknown trace format '{format}' (known: {string.Join(", ", TraceFormats.All)})");
                return chunks.Any(named.Recognizes)
                    ? (named, named.Format)
                    : throw new TraceReadException(first.File, $"not a {format} response; try --format auto");
        }
    }

    /// <summary>vLLM's OpenAI shapes add `prompt_logprobs` and a choice's `stop_reason`.</summary>
    private static bool IsVllm(List<JsonAt> chunks) => chunks.Any(c => c.Has("prompt_logprobs")
        || Choices.Of(c).Any(choice => choice.Has("stop_reason") || choice.Has("prompt_logprobs")));
}

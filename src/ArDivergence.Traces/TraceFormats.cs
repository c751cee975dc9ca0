namespace ArDivergence.Traces;

/// <summary>The names of the recording formats (semantics §10), as `--format` and `format:` take them.</summary>
public static class TraceFormats
{
    public const string Auto = "auto";
    public const string OpenAiChat = "openai-chat";
    public const string OpenAiCompletions = "openai-completions";
    public const string LlamaCpp = "llamacpp";
    public const string Vllm = "vllm";
    public const string Ollama = "ollama";
    public const string Ardiv = "ardiv";

    /// <summary>Every name a user may give, auto first.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, OpenAiChat, OpenAiCompletions, LlamaCpp, Vllm, Ollama, Ardiv];
}

namespace ArDivergence.Core.Models;

/// <summary>
/// How a gguf lane turns logits into the distribution it samples from (semantics §9): softmax, then
/// temperature, top_k, top_p and min_p, each off at its default.
/// </summary>
/// <param name="Temperature">1 leaves the softmax as it is; 0 puts all mass on the most likely token.</param>
/// <param name="TopK">0 keeps every token.</param>
/// <param name="TopP">1 keeps every token.</param>
/// <param name="MinP">0 keeps every token.</param>
public sealed record SamplingSettings(double Temperature = 1, int TopK = 0, double TopP = 1, double MinP = 0)
{
    public static SamplingSettings Default { get; } = new();
}

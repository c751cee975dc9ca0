namespace ArDivergence.Core.Tasks;

/// <summary>One generated problem: the prompt the model sees and the one valid continuation.</summary>
public record TaskInstance(IReadOnlyList<string> Prompt, IReadOnlyList<string> Continuation);

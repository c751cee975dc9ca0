namespace ArDivergence.Core.Specs;

/// <summary><c>{kind: answers, answers: [...], ignore_case}</c>: the text must equal one of the answers.</summary>
public sealed record AnswersManifoldSpec(IReadOnlyList<string> Answers, bool IgnoreCase) : TextManifoldSpec(IgnoreCase);

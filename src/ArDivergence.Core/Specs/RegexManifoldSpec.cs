namespace ArDivergence.Core.Specs;

/// <summary><c>{kind: regex, pattern, ignore_case}</c>: the text must fully match the pattern.</summary>
public sealed record RegexManifoldSpec(string Pattern, bool IgnoreCase) : TextManifoldSpec(IgnoreCase);

namespace ArDivergence.Core.Specs;

/// <summary>
/// A manifold over text, not tokens (semantics §8): the generated text (the UTF-8 bytes of the lane's
/// tokens) must be in a language. Each lane sees it through its own tokenizer; the prompt is raw text.
/// </summary>
public abstract record TextManifoldSpec(bool IgnoreCase) : ManifoldSpec;

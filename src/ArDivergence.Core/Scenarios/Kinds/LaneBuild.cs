using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>What a descriptor needs to build its lane: the compiled scenario so far and the lanes already built.</summary>
public sealed class LaneBuild(
    GenerationContext context, TaskInstance? task, Vocabulary vocabulary, long seed, IReadOnlyDictionary<string, IGenerator> built, ILanguageModelProvider? models = null)
{
    /// <summary>Opens the model files of real-model lanes; null when the caller brings none (such lanes then fail to build).</summary>
    public ILanguageModelProvider? Models { get; } = models;

    public GenerationContext Context { get; } = context;

    /// <summary>The generated task instance, when the manifold is a task.</summary>
    public TaskInstance? Task { get; } = task;

    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>
    /// On a text manifold (semantics §8): the language, prompt text and budget; a lane builds its own
    /// context with <see cref="Text.TextLanguage.ContextFor"/> over its tokenizer. Null on token manifolds.
    /// </summary>
    public Text.TextLanguage? Text { get; init; }

    /// <summary>The seed this compilation runs with (the scenario's or an override).</summary>
    public long Seed { get; } = seed;

    /// <summary>A lane built earlier: every lane that wraps no other is built before those that do.</summary>
    public IGenerator Lane(string name) => built[name];
}

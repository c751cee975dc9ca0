using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// The rules of text scenarios (semantics §8): the prompt is raw text, there is no shared vocabulary,
/// every lane has a tokenizer of its own (synthetic models are not defined on text), and
/// <c>chat: true</c> only where a lane's model has a chat template.
/// </summary>
internal static class TextChecks
{
    public static void Check(ValidationRun run)
    {
        var spec = run.Spec;
        var onText = spec.Manifold is TextManifoldSpec;
        if (onText)
        {
            run.Require(spec.Prompt is null, "prompt", "the prompt of a text scenario is raw text (prompt: \"Q: capital of France?\\nA:\"), not a token list");
            run.Require(spec.Vocabulary is null, "vocabulary", "a text scenario has no shared vocabulary: each lane brings its own tokenizer; remove vocabulary");
            run.Require(spec.ExtraTokens.Count == 0, "extra_tokens", "a text scenario has no shared vocabulary: each lane brings its own tokenizer; remove extra_tokens");
        }
        else
        {
            run.Require(spec.PromptText is null, "prompt", "a raw-text prompt belongs to a text manifold (regex, answers); this manifold takes a list of tokens");
        }

        for (var i = 0; i < spec.Generators.Count; i++)
        {
            var generator = spec.Generators[i];
            var kind = run.Kinds.For(generator);
            var readsText = kind.ReadsText(generator);
            if (onText && !kind.WrapsAnotherLane && !readsText)
            {
                run.Add(Item("generators", i), Invariant(
                    $"lane '{generator.Name}' is a synthetic {generator.KindName} model, which is not defined on a text manifold (semantics §8): text manifolds take lanes with a tokenizer of their own (gguf models, traces)"));
            }

            if (generator.Chat && !(onText && readsText))
            {
                run.Add(Item("generators", i) + ".chat",
                    "chat: true wraps the text prompt in the model's chat template; only a lane with a model of its own (gguf) on a text manifold has one");
            }
        }
    }
}

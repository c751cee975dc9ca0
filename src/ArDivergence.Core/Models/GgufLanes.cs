using ArDivergence.Core.Generators;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Models;

/// <summary>
/// Builds a gguf lane's setup and context from its spec: opens the model, then on a token manifold maps V onto it,
/// on a text manifold (semantics §8) takes the model's own tokens and tokenizes the raw prompt (wrapped in the model's
/// chat template for <c>chat: true</c>); checks the context.
/// </summary>
public static class GgufLanes
{
    public static ModelLaneSetup Setup(GgufModelSpec spec, string laneName, bool chat, LaneBuild build, out GenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(build);
        var models = build.Models
            ?? throw new ModelLoadException($"{spec.Path}: lane '{laneName}' runs a gguf model, and this program was started without a model loader");
        var model = models.Open(spec.Path);
        var sampling = new SamplingSettings(spec.Temperature, spec.TopK, spec.TopP, spec.MinP);
        ModelLaneSetup setup;
        if (build.Text is { } text)
        {
            var chatPrompt = chat
                ? model.ChatPrompt(text.Prompt) ?? throw new ModelLoadException($"{spec.Path}: lane '{laneName}' sets chat: true, and the model has no chat template (tokenizer.chat_template)")
                : null;
            setup = ModelLaneSetup.OnText(spec.Path, model, sampling, text.Prompt, chatPrompt, spec.Context, spec.Threads);
            context = text.ContextFor(ModelTextVocabulary.For(model), setup.PromptTokens);
        }
        else
        {
            var map = ModelTokenMap.Build(build.Vocabulary, model, spec.Path);
            setup = new ModelLaneSetup(spec.Path, model, map, sampling, build.Context.Prompt, spec.Context, spec.Threads);
            context = build.Context;
        }

        var needed = setup.PromptTokens.Count + context.Length;
        if (needed > spec.Context)
        {
            throw new ModelLoadException(Invariant(
                $"{spec.Path}: context {spec.Context} is too small for lane '{laneName}': the prompt takes {setup.PromptTokens.Count} positions and length {context.Length} more; set model.context to at least {needed}"));
        }

        return setup;
    }
}

using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Models;

/// <summary>Builds a gguf lane's setup from its spec: opens the model, maps V onto it and checks the context.</summary>
public static class GgufLanes
{
    public static ModelLaneSetup Setup(GgufModelSpec spec, string laneName, LaneBuild build)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(build);
        var models = build.Models
            ?? throw new ModelLoadException($"{spec.Path}: lane '{laneName}' runs a gguf model, and this program was started without a model loader");
        var model = models.Open(spec.Path);
        var map = ModelTokenMap.Build(build.Vocabulary, model, spec.Path);
        var setup = new ModelLaneSetup(
            spec.Path, model, map, new SamplingSettings(spec.Temperature, spec.TopK, spec.TopP, spec.MinP), build.Context.Prompt, spec.Context, spec.Threads);
        var needed = setup.PromptTokens.Count + build.Context.Length;
        if (needed > spec.Context)
        {
            throw new ModelLoadException(Invariant(
                $"{spec.Path}: context {spec.Context} is too small for lane '{laneName}': the prompt takes {setup.PromptTokens.Count} positions and length {build.Context.Length} more; set model.context to at least {needed}"));
        }

        return setup;
    }
}

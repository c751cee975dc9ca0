using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Gguf.Planting;
using ArDivergence.Models;

namespace ArDivergence.Tui.Cli;

/// <summary>
/// Where the gguf lanes of a scenario find their model files: `model.path` relative to the scenario's folder, or
/// a `--model LANE=PATH` override, or `planted:text` on a text manifold (a byte bigram fitted to its language), or `planted:LANE`: the planted model of the scenario's own lane LANE (semantics §9),
/// written on first use into the user's cache folder, so a fresh machine runs a real model with no download. One
/// provider serves the whole process, so each file is loaded once and
/// shared by every lane and every session that names it.
/// </summary>
internal static class ModelFiles
{
    public static ILanguageModelProvider Provider { get; } = new LlamaModelProvider();

    /// <summary>
    /// The spec with every gguf path resolved and the overrides applied; null with <paramref name="error"/> set
    /// when an override is malformed or names no gguf lane.
    /// </summary>
    public static ScenarioSpec? Resolve(ScenarioSpec spec, string scenarioPath, IReadOnlyList<string>? overrides, out string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        error = null;
        var byLane = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in overrides ?? [])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == entry.Length - 1)
            {
                error = $"--model takes LANE=PATH, not '{entry}'";
                return null;
            }

            var lane = entry[..equals];
            if (!spec.Generators.Any(g => g.Name == lane && g is AutoregressiveGeneratorSpec { Model: GgufModelSpec }))
            {
                var real = spec.Generators.Where(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec }).Select(g => g.Name).ToList();
                error = $"--model {entry}: no lane named '{lane}' runs a gguf model (lanes with a gguf model: {(real.Count == 0 ? "none" : string.Join(", ", real))})";
                return null;
            }

            byLane[lane] = Path.GetFullPath(entry[(equals + 1)..]);
        }

        var folder = scenarioPath.StartsWith(ScenarioSource.ShippedPrefix, StringComparison.Ordinal)
            ? Directory.GetCurrentDirectory()
            : Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? Directory.GetCurrentDirectory();
        var generators = new List<GeneratorSpec>();
        foreach (var g in spec.Generators)
        {
            if (g is not AutoregressiveGeneratorSpec { Model: GgufModelSpec model } ar)
            {
                generators.Add(g);
                continue;
            }

            var path = byLane.GetValueOrDefault(g.Name)
                ?? (model.Path == PlantedText && spec.Manifold is TextManifoldSpec ? PlantedTextModel(spec, out error)
                    : model.Path.StartsWith(PlantedPrefix, StringComparison.Ordinal) ? Planted(spec, model.Path[PlantedPrefix.Length..], out error)
                    : Path.GetFullPath(model.Path, folder));
            if (path is null)
            {
                return null;
            }

            generators.Add(ar with { Model = model with { Path = path } });
        }

        return spec with { Generators = generators };
    }

    /// <summary>The prefix of a `model.path` that names a planted model of one of the scenario's simulated lanes.</summary>
    public const string PlantedPrefix = "planted:";

    /// <summary>On a text manifold, the `model.path` of the planted byte-level bigram fitted to the scenario's language.</summary>
    public const string PlantedText = "planted:text";

    /// <summary>The planted text model of a text scenario in the user's cache (planted now if it is not there), or null with why.</summary>
    private static string? PlantedTextModel(ScenarioSpec spec, out string? error)
    {
        error = null;

        // No lane is needed to fit it: the language, the prompt, L and the seed are the scenario's.
        try
        {
            return PlantedModelCache.GetOrPlantText(ScenarioCompiler.Compile(spec with { Generators = [] })).Path;
        }
        catch (Exception e) when (e is PlantingException or IOException or UnauthorizedAccessException)
        {
            error = $"{PlantedText}: cannot plant a text model: {e.Message}";
            return null;
        }
    }

    /// <summary>The planted model of <paramref name="lane"/> in the user's cache (planted now if it is not there), or null with why.</summary>
    private static string? Planted(ScenarioSpec spec, string lane, out string? error)
    {
        error = null;

        try
        {
            return PlantedModelCache.GetOrPlant(ScenarioCompiler.Compile(SimulatedLanes(spec)), lane).Path;
        }
        catch (Exception e) when (e is PlantingException or IOException or UnauthorizedAccessException)
        {
            error = $"{PlantedPrefix}{lane}: cannot plant a model of lane '{lane}': {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The scenario's simulated lanes alone: planting reads their conditionals, and the real-model lanes (and mpc
    /// lanes, which may plan with one) cannot be compiled before their files exist.
    /// </summary>
    public static ScenarioSpec SimulatedLanes(ScenarioSpec spec) => spec with
    {
        Generators = [.. spec.Generators.Where(g => g is not AutoregressiveGeneratorSpec { Model: GgufModelSpec } && g is not MpcGeneratorSpec)],
    };

    /// <summary>Whether the scenario has a lane that runs a real model.</summary>
    public static bool HasRealModel(ScenarioSpec spec) =>
        spec.Generators.Any(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec });
}

using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Models;

namespace ArDivergence.Tui.Cli;

/// <summary>
/// Where the gguf lanes of a scenario find their model files: `model.path` relative to the scenario's folder, or
/// a `--model LANE=PATH` override. One provider serves the whole process, so each file is loaded once and
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
        var generators = spec.Generators.Select(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec model } ar
            ? ar with { Model = model with { Path = byLane.GetValueOrDefault(g.Name) ?? Path.GetFullPath(model.Path, folder) } }
            : g).ToList();
        return spec with { Generators = generators };
    }

    /// <summary>Whether the scenario has a lane that runs a real model.</summary>
    public static bool HasRealModel(ScenarioSpec spec) =>
        spec.Generators.Any(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec });
}

using System.Security.Cryptography;
using System.Text;
using ArDivergence.Core.Scenarios;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// Planted models in the user's cache folder ($XDG_CACHE_HOME/ardiv/models, else
/// ~/.cache/ardiv/models), named by scenario, lane and a hash of the file's bytes: the same lane
/// planted twice is one file, a changed scenario is a new file, and a file is written to a
/// temporary name and renamed so that a reader never sees half a model.
/// </summary>
public static class PlantedModelCache
{
    /// <summary>Hex digits of the SHA-256 kept in the file name.</summary>
    private const int HashDigitsInName = 16;

    /// <summary>The cache folder from the environment (XDG base directory rules).</summary>
    public static string DefaultFolder()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "ardiv", "models");
    }

    /// <summary>
    /// The planted model of a lane in <paramref name="folder"/> (the default cache folder when null),
    /// planted now unless the same bytes are already there. Throws <see cref="PlantingException"/>
    /// for a lane that cannot be planted and IOException when the folder cannot be written.
    /// </summary>
    public static PlantedModelFile GetOrPlant(CompiledScenario scenario, string laneName, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Store(scenario.Name, laneName, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, laneName)), folder);
    }

    /// <summary>
    /// The planted text model of a text scenario (<see cref="TextBigram"/>) in <paramref name="folder"/> (the default
    /// cache folder when null), planted now unless the same bytes are already there.
    /// </summary>
    public static PlantedModelFile GetOrPlantText(CompiledScenario scenario, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = scenario.Text ?? throw new PlantingException($"scenario '{scenario.Name}' has no text manifold (regex or answers): planted:text fits a model to a text language");
        return Store(scenario.Name, "text", PlantedTextModelBuilder.Build(TextBigram.Fit(scenario.Name, text, scenario.Seed)), folder);
    }

    private static PlantedModelFile Store(string scenarioName, string laneName, byte[] bytes, string? folder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var directory = folder ?? DefaultFolder();
        var path = Path.Combine(directory, $"{SafeName(scenarioName)}-{SafeName(laneName)}-{hash[..HashDigitsInName]}.gguf");
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length)
        {
            return new PlantedModelFile(path, hash, bytes.Length, Written: false);
        }

        Directory.CreateDirectory(directory);
        WriteAtomically(path, bytes);
        return new PlantedModelFile(path, hash, bytes.Length, Written: true);
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A scenario or lane name as a file-name part: letters, digits, '-' and '_' kept, anything else '_'.</summary>
    private static string SafeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}

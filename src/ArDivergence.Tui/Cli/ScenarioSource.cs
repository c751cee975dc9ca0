using System.Security.Cryptography;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;

namespace ArDivergence.Tui.Cli;

/// <summary>
/// A scenario as the user named it: a file path, or the name of a shipped scenario (which is how
/// `ardiv run lecun-iid` works from any folder). Its content hash lets a replay check it is unchanged.
/// </summary>
public sealed record ScenarioSource(string Path, string Hash, ScenarioLoadResult Result)
{
    /// <summary>The prefix of a shipped scenario's path in logs: <c>shipped:NAME</c>.</summary>
    public const string ShippedPrefix = "shipped:";

    public ScenarioSpec? Spec => Result.Spec;

    /// <param name="format">The kinds the scenario may use; the built-in ones when null.</param>
    public static ScenarioSource Load(string pathOrName, ScenarioFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(pathOrName);
        if (pathOrName.StartsWith(ShippedPrefix, StringComparison.Ordinal) || !File.Exists(pathOrName))
        {
            var shipped = ShippedScenarios.Find(pathOrName.StartsWith(ShippedPrefix, StringComparison.Ordinal)
                ? pathOrName[ShippedPrefix.Length..]
                : pathOrName);
            if (shipped is not null && !pathOrName.Contains('/', StringComparison.Ordinal))
            {
                return FromText(ShippedPrefix + shipped.Name, shipped.FileName, shipped.Text, format);
            }
        }

        if (!File.Exists(pathOrName) && !pathOrName.Contains('/', StringComparison.Ordinal) && !Directory.Exists(pathOrName))
        {
            return new ScenarioSource(pathOrName, "", NotFound(pathOrName));
        }

        var result = ScenarioLoader.LoadFile(pathOrName, format);
        var hash = result.Succeeded ? HashOf(File.ReadAllBytes(pathOrName)) : "";
        // Logs record the full path, so a replay finds the file from any folder.
        return new ScenarioSource(result.Succeeded ? System.IO.Path.GetFullPath(pathOrName) : pathOrName, hash, result);
    }

    /// <summary>The default scenario, embedded in the executable.</summary>
    public static ScenarioSource Default()
    {
        var shipped = ShippedScenarios.Default;
        return FromText(ShippedPrefix + shipped.Name, shipped.FileName, shipped.Text);
    }

    /// <summary>A bare name that is neither a file nor a shipped scenario: most likely a mistyped shipped name.</summary>
    private static ScenarioLoadResult NotFound(string name)
    {
        var suggestions = ScenarioNameSuggestions.For(name, ShippedScenarios.Names);
        var hint = suggestions.Count == 0 ? "" : $"; did you mean {string.Join(" or ", suggestions.Take(3))}?";
        var message = $"no such file, and no shipped scenario is called '{name}'{hint} (`ardiv scenarios` lists them)";
        return new ScenarioLoadResult(null, [new ScenarioDiagnostic(name, 1, 1, message)]);
    }

    public static string HashOf(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    private static ScenarioSource FromText(string path, string fileName, string text, ScenarioFormat? format = null) =>
        new(path, HashOf(System.Text.Encoding.UTF8.GetBytes(text)), ScenarioLoader.LoadText(text, fileName, format));
}

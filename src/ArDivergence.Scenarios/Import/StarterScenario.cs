using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArDivergence.Scenarios.Import;

/// <summary>
/// The scenario `ardiv import` writes beside the traces it converted: a text scenario with one `trace`
/// lane per model over those traces, an `answers` manifold that lists the recorded answers as a
/// placeholder, and comments saying what to fill in. Strings are written as double-quoted scalars
/// (JSON escapes are YAML escapes), so any prompt or answer is safe.
/// </summary>
public static class StarterScenario
{
    /// <summary>At most this many recorded answers are listed in the placeholder.</summary>
    public const int ListedAnswers = 10;

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="lanes">Per lane: its name and the glob of its trace files, relative to the scenario.</param>
    /// <param name="answers">The distinct texts the traces recorded, most frequent first.</param>
    public static string Text(
        IReadOnlyList<string> sources, string? prompt, int length, IReadOnlyList<(string Name, string Files)> lanes, IReadOnlyList<string> answers)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(lanes);
        ArgumentNullException.ThrowIfNull(answers);
        var yaml = new StringBuilder();
        yaml.AppendLine($"# Written by `ardiv import` from {string.Join(", ", sources.Take(5))}{(sources.Count > 5 ? $" and {sources.Count - 5} more" : "")}.");
        yaml.AppendLine("# Fill in the two marked places (FILL IN), then: ardiv tui THIS_FILE");
        yaml.AppendLine("name: imported");
        yaml.AppendLine(prompt is null
            ? "prompt: \"\"   # FILL IN: the prompt the model answered, as raw text (the recording does not include it)"
            : $"prompt: {Quote(prompt)}");
        yaml.AppendLine($"length: {Math.Max(1, length)}   # the token budget: at least the longest trace ({length} tokens)");
        yaml.AppendLine("manifold:");
        yaml.AppendLine("  # FILL IN: which texts are right. Every recorded answer is listed below until you say otherwise:");
        yaml.AppendLine("  # delete the wrong ones and add the right ones, or use a pattern instead:");
        yaml.AppendLine("  #   kind: regex");
        yaml.AppendLine("  #   pattern: ' ?Paris\\.?'");
        yaml.AppendLine("  kind: answers");
        yaml.AppendLine("  answers:");
        foreach (var answer in answers.Take(ListedAnswers))
        {
            yaml.AppendLine($"    - {Quote(answer)}");
        }

        if (answers.Count == 0)
        {
            yaml.AppendLine("    - \"\"");
        }

        yaml.AppendLine("generators:");
        foreach (var (name, files) in lanes)
        {
            yaml.AppendLine($"  - name: {Quote(name)}");
            yaml.AppendLine("    kind: trace");
            yaml.AppendLine($"    files: [{Quote(files)}]   # every file is one sample of the same prompt");
            yaml.AppendLine("    format: ardiv");
        }

        return yaml.ToString();
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}

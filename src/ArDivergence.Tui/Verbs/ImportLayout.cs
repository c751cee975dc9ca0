using System.Text;
using ArDivergence.Core.Traces;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// Where `ardiv import` puts each trace: MODEL/NAME.json, MODEL a folder-safe spelling of the model
/// (`trace` when the recording does not name one; lowercase letters, digits and '-', as lane names are), NAME the input file's name, with the choice index
/// for a response with several generations and a counter where two inputs share a name.
/// </summary>
internal static class ImportLayout
{
    public static IReadOnlyList<(string Relative, RecordedTrace Trace)> Plan(IReadOnlyList<(string Input, RecordedTrace Trace)> traces)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var plan = new List<(string, RecordedTrace)>();
        foreach (var (input, trace) in traces)
        {
            var stem = Path.GetFileNameWithoutExtension(input);
            var choice = trace.Source.LastIndexOf(" choices[", StringComparison.Ordinal);
            if (choice >= 0)
            {
                stem += "-" + trace.Source[(choice + " choices[".Length)..].TrimEnd(']');
            }

            var folder = Slug(trace.Model);
            var relative = Path.Combine(folder, stem + ".json");
            for (var n = 2; !used.Add(relative); n++)
            {
                relative = Path.Combine(folder, $"{stem}-{n}.json");
            }

            plan.Add((relative, trace));
        }

        return plan;
    }

    /// <summary>One lane per model folder: its name and the glob of its traces, relative to the scenario.</summary>
    public static IReadOnlyList<(string Name, string Files)> Lanes(IReadOnlyList<(string Relative, RecordedTrace Trace)> plan) =>
        [.. plan.Select(p => Path.GetDirectoryName(p.Relative)!).Distinct(StringComparer.Ordinal).Select(folder => (folder, folder + "/*.json"))];

    public static string Slug(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return "trace";
        }

        // A llama.cpp model is a file path: its file name without `.gguf` names it.
        var name = model.Replace('\\', '/').Split('/')[^1];
        name = name.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase) ? name[..^".gguf".Length] : name;
        // A lane name: lowercase letters, digits and single '-' (the folder has the same name).
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-';
            if (keep != '-' || (slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(keep);
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "trace" : text;
    }
}

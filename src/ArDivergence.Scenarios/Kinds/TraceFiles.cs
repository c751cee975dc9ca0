using System.Text.RegularExpressions;
using ArDivergence.Core.Traces;
using ArDivergence.Traces;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// The recordings a trace lane's globs name, relative to the scenario file's folder; for a shipped scenario
/// (embedded, not on disk) among the embedded `scenarios/traces/` files. Wildcards (`*`, `?`) are allowed
/// in the file name only. A file that cannot be read is one message naming it and the JSON path.
/// </summary>
internal static class TraceFiles
{
    private const string ShippedPrefix = "scenarios/";

    public static (IReadOnlyList<RecordedTrace> Traces, string? Problem) Read(string scenarioFile, IReadOnlyList<string> globs, string format)
    {
        var traces = new List<RecordedTrace>();
        foreach (var glob in globs)
        {
            if (Path.GetDirectoryName(glob) is { } folder && folder.IndexOfAny(['*', '?']) >= 0)
            {
                return ([], $"'{glob}': wildcards are allowed in the file name only");
            }

            var files = File.Exists(scenarioFile) ? OnDisk(scenarioFile, glob) : Shipped(glob);
            if (files.Count == 0)
            {
                return ([], $"'{glob}' matches no file (relative to the scenario's folder)");
            }

            try
            {
                traces.AddRange(files.SelectMany(f => TraceReader.Read(f.Name, f.Read(), format)));
            }
            catch (TraceReadException bad)
            {
                var line = bad.Line is { } l ? $":{l}" + (bad.Column is { } c ? $":{c}" : "") : "";
                var path = bad.JsonPath is { } p ? $" (at {p})" : "";
                return ([], $"{bad.File}{line}: {bad.Problem}{path}");
            }
        }

        return (traces, null);
    }

    private static List<(string Name, Func<byte[]> Read)> OnDisk(string scenarioFile, string glob)
    {
        var pattern = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioFile))!, glob);
        var folder = Path.GetDirectoryName(pattern)!;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, Path.GetFileName(pattern))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, (Func<byte[]>)(() => File.ReadAllBytes(f))))];
    }

    private static List<(string Name, Func<byte[]> Read)> Shipped(string glob)
    {
        var assembly = typeof(TraceFiles).Assembly;
        var wanted = new Regex("^" + Regex.Escape(ShippedPrefix + glob.Replace('\\', '/').TrimStart('.', '/'))
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
        return [.. assembly.GetManifestResourceNames()
            .Where(n => wanted.IsMatch(n))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, (Func<byte[]>)(() => ReadResource(n))))];
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(TraceFiles).Assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

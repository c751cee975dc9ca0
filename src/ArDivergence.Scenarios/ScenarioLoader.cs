using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Scenarios.Mapping;
using ArDivergence.Scenarios.Overrides;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios;

/// <summary>
/// Reads a scenario file into a <see cref="ScenarioSpec"/>, or explains every mistake it finds as a
/// <c>FILE:LINE:COL: error: MESSAGE</c> diagnostic. Three layers, each going on after a mistake:
/// input checks (size, UTF-8, control characters), YAML (<see cref="YamlTreeReader"/>: syntax, tags,
/// duplicate keys, aliases, nesting), then mapping to the Core records (keys, types, ranges) and
/// Core's <see cref="ScenarioValidator"/> (cross references, tokens, task parameters, lengths), whose
/// spec paths are turned back into file positions. Never throws for any input.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads a file; the diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <param name="format">The kinds the file may use; the built-in ones when null.</param>
    public static ScenarioLoadResult LoadFile(string path, ScenarioFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(path);

            // The size is checked before reading, so a huge file costs nothing.
            if (stream.Length > ScenarioLimits.MaxFileBytes)
            {
                return Failed(bag, $"the file is {stream.Length:N0} bytes; scenario files are limited to {ScenarioLimits.MaxFileBytes:N0} bytes (1 MiB)");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(bag, $"cannot read the file: {ex.Message}");
        }

        var text = InputText.Decode(bytes, bag);
        return text is null ? Result(null, bag) : Load(text, bag, format ?? ScenarioFormat.BuiltIn);
    }

    /// <summary>Loads text already in memory; <paramref name="displayName"/> stands for the file in diagnostics.</summary>
    /// <param name="format">The kinds the text may use; the built-in ones when null.</param>
    public static ScenarioLoadResult LoadText(string text, string displayName, ScenarioFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayName);
        var bag = new DiagnosticBag(displayName);
        var prepared = InputText.Check(text, bag);
        return prepared is null ? Result(null, bag) : Load(prepared, bag, format ?? ScenarioFormat.BuiltIn);
    }

    /// <summary>
    /// Loads text with some keys given other values (`ardiv sweep --set`): the values replace the file's before
    /// it is read, so the result is checked exactly like a file written with them. A key that addresses nothing
    /// in the file is a diagnostic naming the key.
    /// </summary>
    public static ScenarioLoadResult LoadText(string text, string displayName, IReadOnlyList<ScenarioOverride> overrides, ScenarioFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(overrides);
        var bag = new DiagnosticBag(displayName);
        var prepared = InputText.Check(text, bag);
        return prepared is null ? Result(null, bag) : Load(prepared, bag, format ?? ScenarioFormat.BuiltIn, overrides);
    }

    private static ScenarioLoadResult Load(string text, DiagnosticBag bag, ScenarioFormat format, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        try
        {
            var root = YamlTreeReader.Read(text, bag);
            if (root is not null && overrides is { Count: > 0 } && bag.Count == 0)
            {
                root = OverrideApplier.Apply(root, overrides, bag);
            }

            if (root is null)
            {
                return Result(null, bag);
            }

            var context = new MappingContext(bag, format);
            var spec = ScenarioMapper.Map(context, root);
            if (spec is not null)
            {
                ReportSemanticProblems(context, spec);
            }

            return bag.Count == 0 && spec is not null
                ? Result(spec, bag) with { Notes = ScenarioNotes.For(spec, context.Paths, bag.File) }
                : Result(null, bag);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug of ours must still come out as a diagnostic, never as a crash of `ardiv validate`.
            bag.Add(SourcePosition.FileStart, $"internal error while loading the scenario ({ex.GetType().Name}: {ex.Message}); please report it");
            return Result(null, bag);
        }
    }

    /// <summary>
    /// Runs Core's validator on the (possibly patched) spec. Problems at or below a path that already has a
    /// structural error are about a placeholder and are dropped. Whether some sequence of the length exists
    /// is only asked of a spec without structural errors: on a patched one the answer would mislead.
    /// </summary>
    private static void ReportSemanticProblems(MappingContext context, ScenarioSpec spec)
    {
        var structurallySound = context.Diagnostics.Count == 0;
        foreach (var problem in ScenarioValidator.Validate(spec, structurallySound, context.Format.Kinds))
        {
            if (!context.HasErrorAtOrAbove(problem.Path))
            {
                context.Diagnostics.Add(context.Paths.Resolve(problem.Path), problem.Message);
            }
        }
    }

    private static ScenarioLoadResult Failed(DiagnosticBag bag, string message)
    {
        bag.Add(SourcePosition.FileStart, message);
        return Result(null, bag);
    }

    private static ScenarioLoadResult Result(ScenarioSpec? spec, DiagnosticBag bag) => new(spec, bag.ToList());
}

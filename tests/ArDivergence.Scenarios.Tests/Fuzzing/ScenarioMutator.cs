using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArDivergence.Scenarios.Tests.Fuzzing;

/// <summary>A mutated scenario text and the mutations that made it (for the failure message).</summary>
internal sealed record Mutant(string Scenario, int Seed, string Text, IReadOnlyList<string> Mutations)
{
    public override string ToString() =>
        $"scenario {Scenario}, case seed {Seed} (reproduce: ScenarioMutator.Create(\"{Scenario}\", {Seed})), mutations: {string.Join("; ", Mutations)}";
}

/// <summary>
/// Deterministic line- and character-level mutations of a scenario file. One case seed gives one mutant
/// (System.Random with an explicit seed is stable across runs and platforms), so a failing case is
/// reproduced from the seed printed with it. The mutations aim at the parser (junk characters, broken
/// indentation, truncation, anchors, aliases and tags), at the mapper (deleted, duplicated and swapped
/// lines, renamed keys, values of the wrong type) and at the limits (numbers that are huge, tiny, not
/// numbers at all, or large but in range, so that work bounds are exercised too).
/// </summary>
internal static partial class ScenarioMutator
{
    /// <summary>Replacements for a number: junk, out of range, and in range but large.</summary>
    private static readonly string[] JunkNumbers =
    [
        "-1", "0", "1", "2", "3", "-0", "1e309", "-1e309", "1e-400", ".nan", ".NaN", ".inf", "-.inf", "+.inf",
        "9999999999999", "99999999999999999999999999", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
        "2147483647", "2147483648", "-2147483649", "0x10", "0xFFFFFFFFFFFFFFFF", "0o777", "0o", "0x", "\"\"", "''", "~", "null",
        "true", "1.5", "0.999999999", "1e-320", "4.9e-324", "1.7976931348623157e308", "12abc", "1_000", "+5",
        "100", "1000", "4096", "10000", "65536", "100000", "200000", "999999", "1000000", "1000001", "50000000",
        "[]", "{}", "[1, 2]", "{a: 1}", "\"1\"", "'60'",
        "63", "64", "65", "127", "128", "4095", "4097", "5000", "20000", "200001", "2000000", "10000000", "100000000",
    ];

    /// <summary>Lines of the format, with values that are legal one by one but large, or odd (inserted at a line's indentation).</summary>
    private static readonly string[] Options =
    [
        "compute: {kv_cache: false}", "compute: {d_model: 2147483647, heads: 1}", "compute: {d_model: 1073741824}",
        "compute: {layers: 2147483647, d_model: 2147483647, heads: 1, bytes_per_value: 2147483647}", "compute: {think_flops: 1.7e308}",
        "horizon: null", "horizon: 1", "horizon: 1000000", "commit: 1000000", "commit: 3", "conditioning: consistent", "prefix_cache: true",
        "length: 1000000", "length: 10000", "length: 4096", "length: 1", "train_samples: 1000000", "train_samples: 100000", "order: 64",
        "order: 20", "max_depth: 1000000", "max_depth: 30", "pairs: [\"( )\", \"[ ]\", \"{ }\", \"< >\"]", "nodes: 1000000", "digits: 18",
        "hash_digits: 8", "top_k: 50", "seed: 9223372036854775807", "prompt: [a, b, x]", "vocabulary: [a]", "extra_tokens: [a]",
        "accept: []", "weight: 1e308", "p: 1e-300", "p: 1e308", "error: {values: [1, 0, 1]}", "error: {linear: [1, 0]}", "noise: uniform",
        "sequence_error: 1", "- {name: extra, kind: mpc, inner: one-shot, horizon: null}",
        "- {name: extra, kind: autoregressive, model: {kind: ngram, order: 5, train_samples: 100000}}",
        "- {name: extra, kind: non_autoregressive, model: {kind: factorized, error: 0}}",
        "- {name: extra, kind: non_autoregressive, model: {kind: joint, sequence_error: 1, conditioning: consistent}}",
        "- {when: token, value: x}", "- {when: position, value: 1000000}", "- {when: off_manifold_above, value: 0.5, lane: ar}",
    ];

    /// <summary>Text inserted at a random place in a line.</summary>
    private static readonly string[] JunkText =
    [
        "\t", " ", "  ", "\u0001", "\u0000", "\u007f", "\u0085", "\u00a0", "\u2028", "\ufeff", "\ufffe", "\ud800", "\udc00", "😀", "é", "ß",
        "\"", "'", "[", "]", "{", "}", ",", ":", ": ", "- ", "#", "?", "? ", "|", ">", "%", "@", "`", "\\", "\\x", "\r", "\n", "\r\n",
        "&a ", "*a", "&a", "*", "&", "<<: *a", "<<: ", "!!python/object:os.system ", "!!python/object/apply:os.system [\"echo pwned\"]",
        "!foo ", "!", "!!", "!!binary ", "!<tag:yaml.org,2002:str> ", "---", "...", "--- ", "%YAML 1.2\n---\n", "%TAG ! tag:x,2024:\n---\n",
        "{{", "}}", "[[", "]]", "\"unbalanced", "'unbalanced", "\\u0000", "\"\\u0000\"", "\"\\x00\"", "\"\\ud800\"", "~", "null",
        "\u0300", "\u200b", "\u202e", "\uFFFD", "0x", "1e309", "-", ".inf",
    ];

    /// <summary>Values dropped in place of a value: other kinds, states, words the format knows.</summary>
    private static readonly string[] Words =
    [
        "sequences", "automaton", "task", "copy", "addition", "hash_then_value", "path_star", "dyck", "autoregressive",
        "non_autoregressive", "mpc", "noisy_oracle", "ngram", "clever_hans", "factorized", "joint", "per_call", "consistent",
        "invalid", "uniform", "off_manifold", "token_error_above", "path_off_above", "off_manifold_above", "position", "token",
        "s", "t", "q", "ar", "one-shot", "oracle", "a", "b", "x", "<eos>", "\"( )\"", "\"( (\"", "[a, b]", "{linear: [0, 1]}",
        "{values: [0.1, 1]}", "{values: []}", "{linear: [1]}", "null", "~", "true", "[]", "{}", "\"\"", "''", "-", "|", ">",
    ];

    /// <summary>Keys of the format, for renaming one key into another.</summary>
    private static readonly string[] Keys =
    [
        "name", "title", "description", "seed", "length", "prompt", "vocabulary", "extra_tokens", "manifold", "generators",
        "breakpoints", "display", "kind", "sequences", "tokens", "weight", "start", "accept", "states", "token", "to", "p",
        "task", "alphabet", "n", "digits", "reverse", "hash_digits", "degree", "path_length", "nodes", "pairs", "max_depth",
        "model", "compute", "inner", "commit", "horizon", "prefix_cache", "error", "noise", "order", "train_samples",
        "smoothing", "sequence_error", "conditioning", "linear", "values", "layers", "d_model", "d_ff", "heads", "kv_heads",
        "bytes_per_value", "kv_cache", "think_flops", "when", "value", "lane", "top_k", "<<", "unknown_key", "Name", "",
    ];

    private delegate string Mutation(List<string> lines, Random random);

    private static readonly (string Name, int Weight, Mutation Apply)[] Mutations =
    [
        ("delete line", 6, DeleteLine),
        ("duplicate line", 5, DuplicateLine),
        ("swap lines", 4, SwapLines),
        ("move line", 3, MoveLine),
        ("junk number", 12, JunkNumber),
        ("junk characters", 8, InsertJunk),
        ("replace value", 8, ReplaceValue),
        ("rename key", 5, RenameKey),
        ("anchor and alias", 6, AnchorAndAlias),
        ("alias chain", 2, AliasChain),
        ("self-referencing anchor", 2, SelfReference),
        ("merge key", 2, MergeKey),
        ("tag", 3, Tag),
        ("truncate", 3, Truncate),
        ("re-indent", 5, Reindent),
        ("change character", 5, ChangeCharacter),
        ("line from another scenario", 4, ForeignLine),
        ("repeat a value many times", 2, RepeatValue),
        ("insert an option", 8, InsertOption),
        ("scale a number", 4, ScaleNumber),
    ];

    private static readonly int TotalWeight = Mutations.Sum(m => m.Weight);

    /// <summary>The mutant of shipped scenario <paramref name="scenario"/> for <paramref name="seed"/>.</summary>
    public static Mutant Create(string scenario, int seed)
    {
        var text = ShippedScenarios.Find(scenario)?.Text ?? throw new ArgumentException($"no shipped scenario {scenario}", nameof(scenario));
        return Create(scenario, text, seed);
    }

    public static Mutant Create(string scenario, string text, int seed)
    {
        var random = new Random(seed);
        var lines = text.Split('\n').ToList();
        var applied = new List<string>();

        // Mostly one or two mutations, sometimes a pile of them.
        var count = random.Next(10) switch
        {
            < 5 => 1,
            < 8 => 2,
            < 9 => 3,
            _ => 4 + random.Next(5),
        };
        for (var i = 0; i < count && lines.Count > 0; i++)
        {
            var mutation = Pick(random);
            applied.Add(mutation.Name + ": " + mutation.Apply(lines, random));
        }

        return new Mutant(scenario, seed, string.Join('\n', lines), applied);
    }

    private static (string Name, int Weight, Mutation Apply) Pick(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var mutation in Mutations)
        {
            roll -= mutation.Weight;
            if (roll < 0)
            {
                return mutation;
            }
        }

        return Mutations[^1];
    }

    private static T OneOf<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A line with content (not blank, not a comment), or any line when there is none.</summary>
    private static int ContentLine(List<string> lines, Random random)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var i = random.Next(lines.Count);
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                return i;
            }
        }

        return random.Next(lines.Count);
    }

    /// <summary>A line that holds a value after "key:" or "- ", and where that value starts.</summary>
    private static (int Line, int ValueStart)? ValueLine(List<string> lines, Random random)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var i = random.Next(lines.Count);
            var match = ValueStartPattern().Match(lines[i]);
            if (match.Success && match.Groups["value"].Length > 0)
            {
                return (i, match.Groups["value"].Index);
            }
        }

        return null;
    }

    private static string DeleteLine(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        lines.RemoveAt(i);
        return Invariant($"line {i + 1}");
    }

    private static string DuplicateLine(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        lines.Insert(i, lines[i]);
        return Invariant($"line {i + 1}");
    }

    private static string SwapLines(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var j = random.Next(2) == 0 ? Math.Min(lines.Count - 1, i + 1) : random.Next(lines.Count);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return Invariant($"lines {i + 1} and {j + 1}");
    }

    private static string MoveLine(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var line = lines[i];
        lines.RemoveAt(i);
        var j = random.Next(lines.Count + 1);
        lines.Insert(j, line);
        return Invariant($"line {i + 1} to {j + 1}");
    }

    private static string JunkNumber(List<string> lines, Random random) =>
        ReplaceNumber(lines, random, _ => OneOf(random, JunkNumbers)) ?? InsertJunk(lines, random);

    /// <summary>
    /// Replaces one number of a random line (up to 30 tries to find a line with one) by
    /// <paramref name="replacement"/> of it; null when no try found a number.
    /// </summary>
    private static string? ReplaceNumber(List<string> lines, Random random, Func<string, string> replacement)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var i = random.Next(lines.Count);
            var numbers = NumberPattern().Matches(lines[i]);
            if (numbers.Count == 0)
            {
                continue;
            }

            var number = numbers[random.Next(numbers.Count)];
            var replaced = replacement(number.Value);
            lines[i] = string.Concat(lines[i].AsSpan(0, number.Index), replaced, lines[i].AsSpan(number.Index + number.Length));
            return Invariant($"line {i + 1}: {number.Value} -> {replaced}");
        }

        return null;
    }

    private static string InsertJunk(List<string> lines, Random random)
    {
        var i = random.Next(lines.Count);
        var at = random.Next(lines[i].Length + 1);
        var junk = OneOf(random, JunkText);
        lines[i] = lines[i].Insert(at, junk);
        return Invariant($"line {i + 1} column {at + 1}: {Escape(junk)}");
    }

    private static string ReplaceValue(List<string> lines, Random random)
    {
        if (ValueLine(lines, random) is not var (i, start))
        {
            return InsertJunk(lines, random);
        }

        var word = OneOf(random, Words);
        lines[i] = lines[i][..start] + word;
        return Invariant($"line {i + 1}: value -> {word}");
    }

    private static string RenameKey(List<string> lines, Random random)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var i = random.Next(lines.Count);
            var keys = KeyPattern().Matches(lines[i]);
            if (keys.Count == 0)
            {
                continue;
            }

            var key = keys[random.Next(keys.Count)].Groups["key"];
            var replacement = OneOf(random, Keys);
            lines[i] = string.Concat(lines[i].AsSpan(0, key.Index), replacement, lines[i].AsSpan(key.Index + key.Length));
            return Invariant($"line {i + 1}: key {key.Value} -> {replacement}");
        }

        return DeleteLine(lines, random);
    }

    /// <summary>Anchors a value and puts aliases of it elsewhere (before or after it, so both kinds of mistake happen).</summary>
    private static string AnchorAndAlias(List<string> lines, Random random)
    {
        if (ValueLine(lines, random) is not var (i, start))
        {
            return InsertJunk(lines, random);
        }

        var name = "a" + random.Next(3).ToString(CultureInfo.InvariantCulture);
        lines[i] = lines[i][..start] + "&" + name + " " + lines[i][start..];
        var aliases = 1 + random.Next(3);
        var targets = new List<int>();
        for (var k = 0; k < aliases; k++)
        {
            if (ValueLine(lines, random) is var (j, valueStart))
            {
                lines[j] = lines[j][..valueStart] + "*" + name;
                targets.Add(j + 1);
            }
        }

        return Invariant($"&{name} at line {i + 1}, *{name} at lines {string.Join(", ", targets)}");
    }

    /// <summary>Anchors that alias earlier anchors, growing at each level (a small billion-laughs).</summary>
    private static string AliasChain(List<string> lines, Random random)
    {
        var levels = 2 + random.Next(12);
        var width = 2 + random.Next(9);
        var block = new StringBuilder("chain0: &c0 [x, y]\n");
        for (var level = 1; level < levels; level++)
        {
            block.Append(Invariant($"chain{level}: &c{level} ["))
                .AppendJoin(", ", Enumerable.Repeat(Invariant($"*c{level - 1}"), width))
                .Append("]\n");
        }

        var at = random.Next(lines.Count + 1);
        lines.InsertRange(at, block.ToString().TrimEnd('\n').Split('\n'));
        if (ValueLine(lines, random) is var (j, valueStart))
        {
            lines[j] = lines[j][..valueStart] + Invariant($"*c{levels - 1}");
        }

        return Invariant($"{levels} levels of width {width} at line {at + 1}");
    }

    private static string SelfReference(List<string> lines, Random random)
    {
        if (ValueLine(lines, random) is not var (i, start))
        {
            return InsertJunk(lines, random);
        }

        var form = OneOf(random, new[] { "&s [*s]", "&s {k: *s}", "&s *s", "&s [a, [b, *s]]" });
        lines[i] = lines[i][..start] + form;
        return Invariant($"line {i + 1}: {form}");
    }

    private static string MergeKey(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
        var form = OneOf(random, new[] { "<<: *a0", "<<: [*a0, *a1]", "<<: {kind: mpc}", "<<: 1" });
        lines.Insert(i, new string(' ', indent) + form);
        return Invariant($"line {i + 1}: {form}");
    }

    private static string Tag(List<string> lines, Random random)
    {
        if (ValueLine(lines, random) is not var (i, start))
        {
            return InsertJunk(lines, random);
        }

        var tag = OneOf(random, new[]
        {
            "!!python/object/apply:os.system [\"echo pwned\"]", "!!binary aGVsbG8=", "!<tag:yaml.org,2002:str> ", "!custom ", "!!str ",
            "!!int ", "!!map ", "!!seq ", "!!python/object:os.system ", "!System.Diagnostics.Process ", "!e!x ", "! ",
        });
        lines[i] = lines[i][..start] + tag + lines[i][start..];
        return Invariant($"line {i + 1}: {tag}");
    }

    private static string Truncate(List<string> lines, Random random)
    {
        var text = string.Join('\n', lines);
        var at = random.Next(text.Length + 1);
        lines.Clear();
        lines.AddRange(text[..at].Split('\n'));
        return Invariant($"at character {at}");
    }

    private static string Reindent(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var body = lines[i].TrimStart(' ');
        var indent = lines[i].Length - body.Length;
        var change = random.Next(5) switch
        {
            0 => 1,
            1 => -1,
            2 => 2,
            3 => -2,
            _ => random.Next(-8, 9),
        };
        var tab = random.Next(8) == 0;
        lines[i] = (tab ? "\t" : string.Empty) + new string(' ', Math.Max(0, indent + change)) + body;
        return Invariant($"line {i + 1}: indent {indent} -> {Math.Max(0, indent + change)}{(tab ? " after a tab" : string.Empty)}");
    }

    private static string ChangeCharacter(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        if (lines[i].Length == 0)
        {
            return InsertJunk(lines, random);
        }

        var at = random.Next(lines[i].Length);
        var replacement = random.Next(4) == 0 ? (char)random.Next(0x20, 0x7f) : OneOf(random, "-:[]{},&*!|>'\"#?% 0123456789aq".ToCharArray());
        lines[i] = string.Concat(lines[i].AsSpan(0, at), replacement.ToString(), lines[i].AsSpan(at + 1));
        return Invariant($"line {i + 1} column {at + 1}: '{Escape(replacement.ToString())}'");
    }

    /// <summary>A line of another shipped scenario, so that parts of different manifolds and generators meet.</summary>
    private static string ForeignLine(List<string> lines, Random random)
    {
        var donor = OneOf(random, ShippedScenarios.All);
        var donorLines = donor.Text.Split('\n');
        var line = donorLines[random.Next(donorLines.Length)];
        var at = random.Next(lines.Count + 1);
        if (random.Next(2) == 0 && lines.Count > 0)
        {
            at = Math.Min(at, lines.Count - 1);
            lines[at] = line;
        }
        else
        {
            lines.Insert(at, line);
        }

        return Invariant($"line {at + 1} <- {donor.Name}: {Escape(line)}");
    }

    private static string InsertOption(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var body = lines[i].TrimStart(' ');
        var indent = lines[i].Length - body.Length + (body.StartsWith("- ", StringComparison.Ordinal) ? 2 : 0);
        var option = OneOf(random, Options);
        lines.Insert(i + 1, new string(' ', indent) + option);
        return Invariant($"after line {i + 1}: {option}");
    }

    /// <summary>A number multiplied by a power of ten: in range, but costly (length 60 → 60,000).</summary>
    private static string ScaleNumber(List<string> lines, Random random) =>
        ReplaceNumber(lines, random, number =>
        {
            var zeros = new string('0', 1 + random.Next(6));
            return number.Contains('.', StringComparison.Ordinal) || number.Contains('e', StringComparison.Ordinal)
                ? number + "e" + zeros.Length.ToString(CultureInfo.InvariantCulture)
                : number + zeros;
        }) ?? JunkNumber(lines, random);

    /// <summary>A list value repeated many times (long lists, many moves, many sequences).</summary>
    private static string RepeatValue(List<string> lines, Random random)
    {
        var i = ContentLine(lines, random);
        var copies = OneOf(random, new[] { 10, 100, 1000, 5000 });
        var line = lines[i];
        lines.InsertRange(i, Enumerable.Repeat(line, copies));
        return Invariant($"line {i + 1} x {copies}");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is < ' ' or (>= '\u007f' and <= '\u00a0') || char.IsSurrogate(c) || c > '\u2000'
                ? Invariant($"\\u{(int)c:x4}")
                : c.ToString());
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])-?[0-9]+(?:\.[0-9]+)?(?:e-?[0-9]+)?(?![\w.])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:\s*-\s+|\s*[\w-]+:\s+|.*[{,]\s*[\w-]+:\s+)(?<value>.*)$")]
    private static partial Regex ValueStartPattern();

    [GeneratedRegex(@"(?<key>[A-Za-z_][\w-]*):(?:\s|$)")]
    private static partial Regex KeyPattern();
}

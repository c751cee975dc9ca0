using System.Globalization;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Tasks;

/// <summary>Generates task instances (semantics §2, `task`) from the scenario's task stream.</summary>
public static class TaskGenerator
{
    private static readonly string[] Digits = [.. Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture))];
    private static readonly string[] HexDigits = [.. Digits, "a", "b", "c", "d", "e", "f"];

    /// <summary>Tokens the task's continuation can contain, in a fixed order (independent of the seed).</summary>
    public static IReadOnlyList<string> EmittableTokens(TaskManifoldSpec task) => task switch
    {
        CopyTaskSpec copy => copy.Alphabet,
        AdditionTaskSpec => Digits,
        HashThenValueTaskSpec => [.. HexDigits, ";"],
        PathStarTaskSpec star => [.. Enumerable.Range(0, star.Nodes).Select(n => n.ToString(CultureInfo.InvariantCulture))],
        DyckTaskSpec dyck => [.. dyck.Pairs.SelectMany(p => new[] { p.Open, p.Close })],
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "unknown task"),
    };

    /// <summary>Tokens only the task's prompt uses (separators), in a fixed order.</summary>
    public static IReadOnlyList<string> PromptOnlyTokens(TaskManifoldSpec task) => task switch
    {
        CopyTaskSpec => ["="],
        AdditionTaskSpec => ["+", "="],
        HashThenValueTaskSpec => [":"],
        PathStarTaskSpec => [",", "|", "/", "="],
        DyckTaskSpec => [],
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "unknown task"),
    };

    /// <summary>The derived L of a task with one valid continuation; null for dyck (its length is given).</summary>
    public static int? DerivedLength(TaskManifoldSpec task) => task switch
    {
        CopyTaskSpec copy => copy.N,
        AdditionTaskSpec add => add.Digits + 1,
        HashThenValueTaskSpec hash => hash.HashDigits + 1 + hash.Digits,
        PathStarTaskSpec star => star.PathLength,
        _ => null,
    };

    /// <summary>The problem instance for a seed; dyck has no instance (its prompt is empty).</summary>
    public static TaskInstance Generate(TaskManifoldSpec task, long seed)
    {
        var random = StreamKeys.ForTask(seed);
        return task switch
        {
            CopyTaskSpec copy => Copy(copy, ref random),
            AdditionTaskSpec add => Addition(add, ref random),
            HashThenValueTaskSpec hash => HashThenValue(hash, ref random),
            PathStarTaskSpec star => PathStar(star, ref random),
            DyckTaskSpec => new TaskInstance([], []),
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "unknown task"),
        };
    }

    /// <summary>The lowercase 8-hex-digit FNV-1a 32-bit hash of an ASCII string.</summary>
    public static string HexHash(string text) => StableHash.Fnv1a32(text).ToString("x8", CultureInfo.InvariantCulture);

    private static TaskInstance Copy(CopyTaskSpec copy, ref SeededRandom random)
    {
        var tokens = new List<string>();
        for (var i = 0; i < copy.N; i++)
        {
            tokens.Add(copy.Alphabet[random.NextInt(copy.Alphabet.Count)]);
        }

        return new TaskInstance([.. tokens, "="], tokens);
    }

    private static TaskInstance Addition(AdditionTaskSpec add, ref SeededRandom random)
    {
        var a = UniformNumber(add.Digits, ref random);
        var b = UniformNumber(add.Digits, ref random);
        var sum = (a + b).ToString(CultureInfo.InvariantCulture).PadLeft(add.Digits + 1, '0');
        var continuation = Split(sum);
        if (add.Reverse)
        {
            continuation = [.. continuation.AsEnumerable().Reverse()];
        }

        var prompt = Split(a.ToString(CultureInfo.InvariantCulture))
            .Append("+")
            .Concat(Split(b.ToString(CultureInfo.InvariantCulture)))
            .Append("=");
        return new TaskInstance([.. prompt], continuation);
    }

    private static TaskInstance HashThenValue(HashThenValueTaskSpec hash, ref SeededRandom random)
    {
        var x = UniformNumber(hash.Digits, ref random);
        var modulus = (long)Math.Pow(10, hash.Digits);
        var y = (long)(((UInt128)(ulong)x * (ulong)x) % (ulong)modulus);
        var yText = y.ToString(CultureInfo.InvariantCulture).PadLeft(hash.Digits, '0');
        var hashText = HexHash(yText)[..hash.HashDigits];
        var continuation = Split(hashText).Append(";").Concat(Split(yText));
        var prompt = Split(x.ToString(CultureInfo.InvariantCulture)).Append(":");
        return new TaskInstance([.. prompt], [.. continuation]);
    }

    private static PathStarInstance PathStar(PathStarTaskSpec star, ref SeededRandom random)
    {
        var armNodes = star.PathLength - 1;
        var needed = 1 + (star.Degree * armNodes);
        var labels = Enumerable.Range(0, star.Nodes).ToArray();
        for (var i = 0; i < needed; i++)
        {
            var j = i + random.NextInt(star.Nodes - i);
            (labels[i], labels[j]) = (labels[j], labels[i]);
        }

        string Label(int index) => labels[index].ToString(CultureInfo.InvariantCulture);
        var source = Label(0);
        var arms = Enumerable.Range(0, star.Degree)
            .Select(arm => Enumerable.Range(0, armNodes).Select(k => Label(1 + (arm * armNodes) + k)).ToArray())
            .ToArray();
        var goalArm = random.NextInt(star.Degree);
        var edges = new List<(string From, string To)>();
        var nextOnArm = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arm in arms)
        {
            edges.Add((source, arm[0]));
            for (var k = 0; k + 1 < arm.Length; k++)
            {
                edges.Add((arm[k], arm[k + 1]));
                nextOnArm[arm[k]] = arm[k + 1];
            }
        }

        for (var i = edges.Count - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (edges[i], edges[j]) = (edges[j], edges[i]);
        }

        var prompt = new List<string>();
        for (var i = 0; i < edges.Count; i++)
        {
            if (i > 0)
            {
                prompt.Add("|");
            }

            prompt.AddRange([edges[i].From, ",", edges[i].To]);
        }

        var goal = arms[goalArm][^1];
        prompt.AddRange(["/", source, ",", goal, "="]);
        var continuation = new[] { source }.Concat(arms[goalArm]).ToArray();
        return new PathStarInstance(prompt, continuation, source, [.. arms.Select(a => a[0])], nextOnArm);
    }

    /// <summary>A uniform d-digit number without a leading zero (0..9 when d = 1).</summary>
    private static long UniformNumber(int digits, ref SeededRandom random)
    {
        var low = digits == 1 ? 0L : (long)Math.Pow(10, digits - 1);
        var high = (long)Math.Pow(10, digits);
        return low + random.NextInt64(high - low);
    }

    private static string[] Split(string text) => [.. text.Select(c => c.ToString())];
}

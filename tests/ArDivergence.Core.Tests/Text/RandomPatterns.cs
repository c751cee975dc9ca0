using System.Text;
using CsCheck;

namespace ArDivergence.Core.Tests.Text;

/// <summary>Random patterns of the supported subset, and random texts over a small alphabet with a multi-byte letter.</summary>
internal static class RandomPatterns
{
    /// <summary>Texts are drawn from these characters: ASCII of both cases, a digit, space, newline, 'é' and 'ж'.</summary>
    public const string Alphabet = "abAB1 \né-ж";

    private static readonly string[] Atoms =
        ["a", "b", "A", "é", "ж", "-", "1", ".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "[ab]", "[^a]", "[a-c]", "[é1]", "[^\\s]", "\\-", "\\n"];

    private static readonly string[] Quantifiers = ["", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}"];

    public static Gen<string> Pattern { get; } = Gen.Int[0, 1 << 30].Select(seed => Build(new Random(seed), 2));

    public static Gen<string> Text { get; } =
        Gen.Char[Alphabet].Array[0, 7].Select(chars => new string(chars));

    private static string Build(Random random, int depth)
    {
        var alternatives = random.Next(1, depth > 0 ? 3 : 2);
        var builder = new StringBuilder();
        for (var a = 0; a < alternatives; a++)
        {
            if (a > 0)
            {
                builder.Append('|');
            }

            var parts = random.Next(0, 3);
            for (var p = 0; p < parts; p++)
            {
                var atom = depth > 0 && random.Next(4) == 0 ? $"({Build(random, depth - 1)})" : Atoms[random.Next(Atoms.Length)];
                builder.Append(atom).Append(Quantifiers[random.Next(Quantifiers.Length)]);
            }
        }

        return builder.ToString();
    }
}

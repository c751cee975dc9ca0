using System.Globalization;
using ArDivergence.Tui.Sweeps;
using CsCheck;

namespace ArDivergence.Tui.Tests.Sweeps;

/// <summary>The VALUES forms of `--set KEY=VALUES` (spec §14).</summary>
public class SweepValuesTests
{
    [Theory]
    [InlineData("a,b,c", "a|b|c")]
    [InlineData("0.01", "0.01")]
    [InlineData("3..6", "3|4|5|6")]
    [InlineData("-2..1", "-2|-1|0|1")]
    [InlineData("0..1:0.25", "0|0.25|0.5|0.75|1")]
    [InlineData("0.1..0.5:0.1", "0.1|0.2|0.3|0.4|0.5")]
    [InlineData("10..35:10", "10|20|30")]
    [InlineData("lin:0..1:5", "0|0.25|0.5|0.75|1")]
    [InlineData("lin:10..100:10", "10|20|30|40|50|60|70|80|90|100")]
    [InlineData("log:1..1000:4", "1|10|100|1000")]
    [InlineData("log:0.001..0.1:3", "0.001|0.01|0.1")]
    [InlineData("lin:5..5:1", "5")]
    public void Each_form_gives_its_values_in_order(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SweepValues.Parse(text));

    [Theory]
    [InlineData("a,,b", "empty value")]
    [InlineData("5..1", "above its end")]
    [InlineData("0.5..2", "integers")]
    [InlineData("0..1:0", "step must be above 0")]
    [InlineData("log:0..10:3", "above 0")]
    [InlineData("lin:0..1:0", "count")]
    [InlineData("lin:0..1", "count")]
    [InlineData("1..x", "integers")]
    [InlineData("1..x:1", "not a number")]
    [InlineData("0..100000000", "at most")]
    public void A_bad_form_says_what_is_wrong(string text, string fragment)
    {
        var error = Assert.Throws<FormatException>(() => SweepValues.Parse(text));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lin_gives_n_evenly_spaced_values_with_both_ends_exact()
    {
        Gen.Select(Gen.Double[-1000, 1000], Gen.Double[0.001, 1000], Gen.Int[2, 60]).Sample((low, width, n) =>
        {
            var high = low + width;
            var values = SweepValues.Parse(Invariant($"lin:{low:R}..{high:R}:{n}")).Select(Number).ToArray();
            Assert.Equal(n, values.Length);
            Assert.Equal(low, values[0]);
            Assert.Equal(high, values[^1]);
            var step = width / (n - 1);
            for (var k = 1; k < n; k++)
            {
                // 12 significant digits are kept: differences agree to that relative to the values' size.
                Assert.Equal(step, values[k] - values[k - 1], 1e-9 * (Math.Abs(low) + Math.Abs(high) + 1));
            }
        });
    }

    [Fact]
    public void Log_gives_n_values_with_a_constant_ratio()
    {
        Gen.Select(Gen.Double[1e-6, 10], Gen.Double[1.5, 1e4], Gen.Int[2, 40]).Sample((low, factor, n) =>
        {
            var values = SweepValues.Parse(Invariant($"log:{low:R}..{low * factor:R}:{n}")).Select(Number).ToArray();
            Assert.Equal(n, values.Length);
            var ratio = Math.Pow(factor, 1.0 / (n - 1));
            for (var k = 1; k < n; k++)
            {
                Assert.Equal(ratio, values[k] / values[k - 1], 1e-9 * ratio);
            }
        });
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

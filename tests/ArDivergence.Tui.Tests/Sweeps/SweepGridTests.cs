using ArDivergence.Tui.Sweeps;
using CsCheck;

namespace ArDivergence.Tui.Tests.Sweeps;

/// <summary>Points are the Cartesian product with the last --set fastest, numbered from 0; shards split them exactly.</summary>
public class SweepGridTests
{
    [Fact]
    public void Points_are_the_product_in_nested_loop_order_with_the_last_key_fastest()
    {
        Gen.Int[1, 4].Array[0, 4].Sample(sizes =>
        {
            var axes = sizes.Select((size, a) => new SweepAxis($"k{a}", [.. Enumerable.Range(0, size).Select(v => $"{a}:{v}")])).ToArray();
            var grid = new SweepGrid(axes);

            // Brute force: nested loops, the outermost the first axis.
            var expected = new List<string[]> { Array.Empty<string>() };
            foreach (var axis in axes)
            {
                expected = [.. expected.SelectMany(prefix => axis.Values.Select(v => (string[])[.. prefix, v]))];
            }

            Assert.Equal(expected.Count, grid.Count);
            for (var p = 0; p < expected.Count; p++)
            {
                Assert.Equal(expected[p], grid.ValuesAt(p));
            }
        });
    }

    [Fact]
    public void The_first_points_of_a_two_key_grid_vary_the_second_key()
    {
        var grid = new SweepGrid([SweepAxis.Parse("length=10,20"), SweepAxis.Parse("generators.ar.model.error=0.01,0.02,0.03")]);
        Assert.Equal(6, grid.Count);
        Assert.Equal(["10", "0.02"], grid.ValuesAt(1));
        Assert.Equal(["20", "0.01"], grid.ValuesAt(3));
        Assert.Equal("length=20, generators.ar.model.error=0.03", grid.Describe(5));
    }

    [Fact]
    public void Every_point_is_in_exactly_one_shard_for_n_from_1_to_7()
    {
        Gen.Int[0, 200].Sample(points =>
        {
            for (var n = 1; n <= 7; n++)
            {
                var owners = new int[points];
                for (var i = 0; i < n; i++)
                {
                    var shard = SweepShard.Parse($"{i}/{n}");
                    foreach (var p in shard.PointsOf(points))
                    {
                        Assert.Equal(i, (int)(p % n));
                        Assert.True(shard.Contains(p));
                        owners[p]++;
                    }
                }

                Assert.All(owners, count => Assert.Equal(1, count));
            }
        });
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/2")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void A_bad_shard_is_refused(string text) => Assert.Throws<FormatException>(() => SweepShard.Parse(text));

    [Fact]
    public void A_key_given_twice_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => new SweepGrid([SweepAxis.Parse("length=1,2"), SweepAxis.Parse("length=3")]));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }
}

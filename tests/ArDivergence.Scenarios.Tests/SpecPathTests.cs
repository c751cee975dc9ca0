using ArDivergence.Scenarios.Mapping;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Tests;

/// <summary>Spec paths (Core's problem locations) and how they resolve to file positions.</summary>
public sealed class SpecPathTests
{
    [Theory]
    [InlineData("manifold.states.q[1].to", "manifold.states.q[1]")]
    [InlineData("manifold.states.q[1]", "manifold.states.q")]
    [InlineData("manifold.states.q", "manifold.states")]
    [InlineData("generators[2]", "generators")]
    [InlineData("length", "")]
    public void Parent_drops_the_last_part(string path, string parent)
    {
        Assert.Equal(parent, SpecPath.Parent(path));
    }

    [Fact]
    public void Root_has_no_parent()
    {
        Assert.Null(SpecPath.Parent(SpecPath.Root));
    }

    [Fact]
    public void Missing_path_resolves_to_its_deepest_written_ancestor()
    {
        var map = new SpecPathMap();
        map.Register("", new SourcePosition(1, 1));
        map.Register("generators", new SourcePosition(5, 3));
        map.Register("generators[1]", new SourcePosition(9, 5));

        Assert.Equal(new SourcePosition(9, 5), map.Resolve("generators[1].compute.heads"));
        Assert.Equal(new SourcePosition(5, 3), map.Resolve("generators[7].inner"));
        Assert.Equal(new SourcePosition(1, 1), map.Resolve("display.top_k"));
    }

    [Fact]
    public void Split_tokens_resolve_inside_their_string()
    {
        // The string's quote is at column 50, so "Danke" starts at 51 and "schön" at 57.
        var result = Load.Text("""
            name: t
            vocabulary: [Danke, Vielen, Dank]
            manifold: {kind: sequences, sequences: [{tokens: "Danke schön"}, Vielen Dank]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 3, 57, "token 'schön' is not in vocabulary");
    }
}

using System.Text.RegularExpressions;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>docs/semantics.md stands on its own: every formula is written there, nothing points outside the repository (issue 10, item 14).</summary>
public class DocumentationTests
{
    private static readonly string Semantics = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "semantics.md"));

    [Fact]
    public void Semantics_points_at_nothing_outside_the_repository()
    {
        Assert.DoesNotContain("shared/spec", Semantics, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the repository", Semantics, StringComparison.Ordinal);
        foreach (Match link in Regex.Matches(Semantics, @"\]\(([^)]+)\)"))
        {
            var target = link.Groups[1].Value;
            Assert.False(target.StartsWith("../..", StringComparison.Ordinal), target);
            if (!target.Contains("://", StringComparison.Ordinal))
            {
                var path = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "docs", target.Split('#')[0]));
                Assert.StartsWith(RepositoryFiles.Root, path, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("P′ = max(P, 1)")]
    [InlineData("R(s, k) = OR over the moves")]
    [InlineData("p_t(v) = (1 − ε_t)·P\\*(v | x<t) + ε_t·q_t(v)")]
    [InlineData("ε_t = a + (b − a)(t − 1)/(L − 1)")]
    [InlineData("p(v | c) = (count(c, v) + α) / (count(c) + α·|V|)")]
    [InlineData("e_2 = (d − 1)/d")]
    [InlineData("m_t(v) = (1 − ε_t)·μ_t(v) + ε_t/|V|")]
    [InlineData("e_t = (ε/L) / (1 − ε(t − 1)/L)")]
    [InlineData("`path_off` = 1 − Π (1 − e_i)")]
    [InlineData("`lecun_naive` = 1 − (1 − ē)^t")]
    [InlineData("N = 2·layers·d_model·(2·d_model + d_ff)")]
    [InlineData("f(p) = 2N + 2·layers·(p + 1)·d_model")]
    [InlineData("n·(2N + 2·layers·n·d_model)")]
    [InlineData("2·layers·d_model·(kv_heads/heads)·bytes_per_value")]
    [InlineData("y = x² mod 10^d")]
    [InlineData("centre = (p̂ + z²/(2n)) / (1 + z²/n)")]
    [InlineData("## Decisions")]
    public void Semantics_states_the_formula(string formula) =>
        Assert.Contains(formula, Semantics, StringComparison.Ordinal);
}

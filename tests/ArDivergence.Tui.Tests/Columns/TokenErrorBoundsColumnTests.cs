using System.Text.Json;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>token_error_low / token_error_high (semantics §10): the ends of a trace lane's token-error bounds, absent where the error is a number.</summary>
public class TokenErrorBoundsColumnTests
{
    [Theory]
    [InlineData("capital-traces")]
    [InlineData("lecun-iid")]
    public void Low_and_high_are_the_ends_of_an_interval_token_error_and_absent_otherwise(string name)
    {
        var (exit, output, error) = CliRunner.Run("run", name, "--format", "json", "--samples", "200");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var intervals = 0;
        foreach (var step in json.RootElement.GetProperty("lanes").EnumerateArray().SelectMany(l => l.GetProperty("steps").EnumerateArray()))
        {
            var tokenError = step.GetProperty("token_error");
            var low = step.GetProperty("token_error_low");
            var high = step.GetProperty("token_error_high");
            if (tokenError.ValueKind == JsonValueKind.Array)
            {
                intervals++;
                Assert.Equal(tokenError[0].GetDouble(), low.GetDouble());
                Assert.Equal(tokenError[1].GetDouble(), high.GetDouble());
                Assert.True(low.GetDouble() <= high.GetDouble());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, low.ValueKind);
                Assert.Equal(JsonValueKind.Null, high.ValueKind);
            }
        }

        // The recorded lanes list only their top alternatives, so some of their steps are bounds; lecun-iid's never are.
        Assert.Equal(name == "capital-traces", intervals > 0);
    }
}

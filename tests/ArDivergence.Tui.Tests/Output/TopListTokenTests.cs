using ArDivergence.Tui.Output;
using CsCheck;

namespace ArDivergence.Tui.Tests.Output;

public class TopListTokenTests
{
    [Theory]
    [InlineData(" Paris", "%20Paris")]
    [InlineData("a:b", "a%3Ab")]
    [InlineData("100%", "100%25")]
    [InlineData("\0", "%00")]
    [InlineData("\n", "%0A")]
    [InlineData("plain", "plain")]
    [InlineData("é", "é")]
    public void Separators_controls_and_percent_are_percent_encoded(string token, string expected) =>
        Assert.Equal(expected, TopListToken.Escape(token));

    [Fact]
    public void Any_token_reads_back_with_a_standard_url_decoder_and_holds_no_separator_or_control()
    {
        // Uri.UnescapeDataString is an independent decoder of the same encoding.
        Gen.String[Gen.Char[(char)0, (char)0x250]].Sample(token =>
        {
            var escaped = TopListToken.Escape(token);
            Assert.DoesNotContain(escaped, c => c is ' ' or ':' or < ' ' or '\u007F');
            Assert.Equal(token, Uri.UnescapeDataString(escaped));
        });
    }
}

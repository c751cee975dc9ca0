using System.Text;
using ArDivergence.Tui.Presentation;
using CsCheck;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// The token formatter on the tokens real tokenizers make: leading spaces, newlines, control bytes, halves of
/// multi-byte characters, wide characters, combining marks and emoji; and its promises as properties (nothing it
/// returns breaks a row or hides a space, and what it escapes can be typed back).
/// </summary>
public sealed class TokenDisplayTests
{
    [Theory]
    [InlineData(" Paris", "␣Paris")]
    [InlineData("Paris", "Paris")]
    [InlineData("\n", @"\n")]
    [InlineData("\t\r", @"\t\r")]
    [InlineData(@"a\nb", @"a\\nb")]
    [InlineData("  ", "␣␣")]
    [InlineData("\u0001", @"\x01")]
    [InlineData("\u007F", @"\x7F")]
    [InlineData("\u0085", @"\u0085")]
    [InlineData("\u00A0x", @"\u00A0x")]
    [InlineData("\u200B", @"\u200B")]
    [InlineData("\uFEFF", @"\uFEFF")]
    [InlineData("", TokenDisplay.Empty)]
    [InlineData("日本", "日本")]
    [InlineData("e\u0301", "e\u0301")]
    [InlineData("\u0301", "◌\u0301")]
    [InlineData(" \u0301", "␣◌\u0301")]
    [InlineData("👩\u200D💻", "👩\u200D💻")]
    [InlineData("\u200D💻", @"\u200D💻")]
    [InlineData("❤\uFE0F", "❤\uFE0F")]
    public void Text_tokens_show_every_invisible_character(string token, string shown)
    {
        Assert.Equal(shown, TokenDisplay.Of(token));
        Assert.Equal(shown, TokenDisplay.Of(Encoding.UTF8.GetBytes(token)));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 }, @"\xC3")] // the first byte of é
    [InlineData(new byte[] { 0xA9 }, @"\xA9")] // its second
    [InlineData(new byte[] { 0x20, 0xE6, 0x97 }, @"␣\xE6\x97")] // a space, then two of the three bytes of 日
    [InlineData(new byte[] { 0xFF, 0x41 }, @"\xFFA")]
    [InlineData(new byte[] { 0x00 }, @"\x00")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, "😀")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, @"\xED\xA0\x80")] // an encoded surrogate is not UTF-8
    public void Bytes_that_are_no_character_on_their_own_show_as_hex(byte[] token, string shown) =>
        Assert.Equal(shown, TokenDisplay.Of(token));

    [Fact]
    public void A_lone_surrogate_in_text_shows_as_its_code()
    {
        Assert.Equal(@"a\uD800b", TokenDisplay.Of("a\uD800b"));
    }

    [Theory]
    [InlineData("日本", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("\u0301", 1)]
    [InlineData(" Paris", 6)]
    [InlineData("\n", 2)]
    public void Widths_are_the_terminal_cells_of_what_is_shown(string token, int cells) =>
        Assert.Equal(cells, TextCells.Width(TokenDisplay.Of(token)));

    [Fact]
    public void Nothing_shown_breaks_a_row_or_hides_a_space_or_a_bad_byte()
    {
        Gen.Byte.Array[0, 12].Sample(bytes =>
        {
            var shown = TokenDisplay.Of(bytes);
            Assert.NotEmpty(shown);
            Assert.DoesNotContain(shown, c => char.IsControl(c) || c == ' ');

            // A replacement character is shown only where the bytes hold one (EF BF BD), never for a bad byte.
            var encoded = CountOf(bytes, [0xEF, 0xBF, 0xBD]);
            Assert.True(shown.Count(c => c == '\uFFFD') == encoded, $"{Convert.ToHexString(bytes)} → {shown}");
        });
    }

    [Fact]
    public void Valid_text_shows_the_same_from_its_bytes_and_what_is_shown_types_back_to_the_token()
    {
        char[] alphabet = ['a', 'Z', ' ', '\n', '\t', '\r', '\\', 'x', 'u', '\u0001', '\u007F', 'é', '日', '\u00A0', '0'];
        Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]).Array[1, 10].Select(chars => new string(chars)).Sample(token =>
        {
            var shown = TokenDisplay.Of(token);
            Assert.Equal(shown, TokenDisplay.Of(Encoding.UTF8.GetBytes(token)));
            Assert.Equal(token, TokenDisplay.Unescape(shown));
        });
    }

    [Fact]
    public void A_line_of_prose_keeps_its_spaces_and_escapes_only_what_breaks_it()
    {
        Assert.Equal(@"breakpoint 1 hit: token ' Paris\n' in real", TokenDisplay.Line("breakpoint 1 hit: token ' Paris\n' in real"));
        Assert.Equal("unchanged line", TokenDisplay.Line("unchanged line"));
    }

    private static int CountOf(byte[] bytes, byte[] pattern)
    {
        var count = 0;
        for (var i = 0; i + pattern.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, pattern.Length).SequenceEqual(pattern))
            {
                count++;
            }
        }

        return count;
    }
}

using ArDivergence.Tui.Presentation;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace ArDivergence.Tui.Views;

/// <summary>
/// How each <see cref="Role"/> looks. The colour theme uses the 16 ANSI colours on the terminal's own
/// background (so the user's palette applies); the NO_COLOR theme uses no colour at all, only bold,
/// underline and reverse video — the ✓/✗/↳ symbols carry the meaning either way.
/// </summary>
internal sealed class Theme
{
    private readonly Dictionary<Role, Attribute> _attributes;

    private Theme(bool noColor, Dictionary<Role, Attribute> attributes)
    {
        NoColor = noColor;
        _attributes = attributes;
    }

    public bool NoColor { get; }

    public Attribute this[Role role] => _attributes.TryGetValue(role, out var attribute) ? attribute : _attributes[Role.Normal];

    public static Theme For(bool noColor) => noColor ? Mono() : Colour();

    private static Theme Colour()
    {
        static Attribute A(ColorName16 fg, ColorName16? bg = null, TextStyle style = TextStyle.None) =>
            new(new Color(fg), bg is { } b ? new Color(b) : Color.None, style);
        var none = new Attribute(Color.None, Color.None);
        return new Theme(false, new Dictionary<Role, Attribute>
        {
            [Role.Normal] = none,
            [Role.Dim] = A(ColorName16.DarkGray),
            [Role.Title] = A(ColorName16.Black, ColorName16.Cyan),
            [Role.Header] = A(ColorName16.BrightCyan, null, TextStyle.Bold),
            [Role.Valid] = A(ColorName16.Green),
            [Role.Invalid] = A(ColorName16.BrightRed, null, TextStyle.Bold),
            [Role.Forced] = A(ColorName16.BrightYellow, null, TextStyle.Bold),
            [Role.Latest] = A(ColorName16.Black, ColorName16.BrightGreen),
            [Role.LatestInvalid] = A(ColorName16.White, ColorName16.Red, TextStyle.Bold),
            [Role.Cursor] = new Attribute(Color.None, Color.None, TextStyle.Underline),
            [Role.CursorRow] = A(ColorName16.Black, ColorName16.Cyan),
            [Role.Focus] = A(ColorName16.Black, ColorName16.BrightYellow, TextStyle.Bold),
            [Role.Breakpoint] = A(ColorName16.BrightRed, null, TextStyle.Bold),
            [Role.Hit] = A(ColorName16.Black, ColorName16.BrightYellow, TextStyle.Bold),
            [Role.Warning] = A(ColorName16.Yellow, null, TextStyle.Bold),
            [Role.Error] = A(ColorName16.BrightRed, null, TextStyle.Bold),
            [Role.KeyName] = A(ColorName16.BrightCyan, null, TextStyle.Bold),
            [Role.Progress] = A(ColorName16.BrightMagenta),
            [Role.BarFresh] = A(ColorName16.Cyan),
            [Role.BarRecomputed] = A(ColorName16.BrightRed),
            [Role.BarReused] = A(ColorName16.Green),
            [Role.Border] = A(ColorName16.DarkGray),
            [Role.Selected] = A(ColorName16.Black, ColorName16.Cyan),
            [Role.Input] = new Attribute(Color.None, Color.None, TextStyle.Underline),
            [Role.Lane0] = A(ColorName16.BrightCyan),
            [Role.Lane1] = A(ColorName16.BrightYellow),
            [Role.Lane2] = A(ColorName16.BrightMagenta),
            [Role.Lane3] = A(ColorName16.BrightGreen),
            [Role.Lane4] = A(ColorName16.BrightBlue),
            [Role.Lane5] = A(ColorName16.BrightRed),
        });
    }

    private static Theme Mono()
    {
        static Attribute S(TextStyle style) => new(Color.None, Color.None, style);
        var normal = S(TextStyle.None);
        var bold = S(TextStyle.Bold);
        var reverse = S(TextStyle.Reverse);
        return new Theme(true, new Dictionary<Role, Attribute>
        {
            [Role.Normal] = normal,
            [Role.Title] = reverse,
            [Role.Header] = bold,
            [Role.Invalid] = bold,
            [Role.Forced] = bold,
            [Role.Latest] = reverse,
            [Role.LatestInvalid] = S(TextStyle.Reverse | TextStyle.Bold),
            [Role.Cursor] = S(TextStyle.Underline),
            [Role.CursorRow] = reverse,
            [Role.Focus] = S(TextStyle.Reverse | TextStyle.Bold),
            [Role.Breakpoint] = bold,
            [Role.Hit] = S(TextStyle.Reverse | TextStyle.Bold),
            [Role.Warning] = bold,
            [Role.Error] = bold,
            [Role.KeyName] = bold,
            [Role.Selected] = reverse,
            [Role.Input] = S(TextStyle.Underline),
        });
    }
}

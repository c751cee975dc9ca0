using ScottPlot;
using SkiaSharp;

namespace ArDivergence.Tui.Plotting;

/// <summary>
/// DejaVu Sans, embedded in ardiv: the SkiaSharp build ardiv ships (NativeAssets.Linux.NoDependencies) has no
/// fontconfig, so on a machine without fonts the plots would have no text. ScottPlot asks its resolvers
/// first; this one answers for every name, so a chart looks the same on every machine.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> Regular = new(() => Load("fonts/DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => Load("fonts/DejaVuSans-Bold.ttf"));
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>Makes ScottPlot draw every text with the embedded font; once per process, safe from any thread.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedFonts());
            Fonts.Default = Family;
            Fonts.Sans = Family;
            _installed = true;
        }
    }

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        weight >= FontWeight.SemiBold ? Bold.Value : Regular.Value;

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => bold ? Bold.Value : Regular.Value;

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the font {resource} is not embedded in ardiv");
        return SKTypeface.FromStream(stream);
    }
}

namespace ArDivergence.Tui.Presentation;

/// <summary>A rectangle of the screen in columns and rows.</summary>
public readonly record struct Area(int X, int Y, int Width, int Height)
{
    public bool IsEmpty => Width <= 0 || Height <= 0;

    public int Bottom => Y + Height;

    public int Right => X + Width;
}

/// <summary>The four panes under the lanes.</summary>
public enum PaneKind
{
    Steps,
    TopK,
    Chart,
    Compute,
}

public sealed record PanePlacement(PaneKind Kind, Area Area);

/// <summary>
/// Where everything goes for a screen size. Always visible: the header (scenario, seed, t/L), the lanes
/// side by side, one or more panes, a message line and the key line. The panes that fit are shown
/// together (1, 2 or 4); `v` pages through the rest.
/// </summary>
public sealed record ScreenLayout(Area Header, Area Prompt, Area Lanes, IReadOnlyList<PanePlacement> Panes, Area Message, Area Keys, int Pages, int Page)
{
    public const int MinWidth = 40;
    public const int MinHeight = 12;
    public const int WideFrom = 110;
    public const int TallFrom = 34;

    public static IReadOnlyList<PaneKind> Order { get; } = [PaneKind.Steps, PaneKind.TopK, PaneKind.Chart, PaneKind.Compute];

    public bool TooSmall => Header.IsEmpty;

    /// <summary>How many panes show at once at this size.</summary>
    public static int Slots(int width, int height) => (width >= WideFrom ? 2 : 1) * (height >= TallFrom ? 2 : 1);

    /// <summary>The page that shows <paramref name="kind"/> at this size.</summary>
    public static int PageOf(PaneKind kind, int width, int height) => Order.ToList().IndexOf(kind) / Slots(width, height);

    /// <summary>Rows the prompt may take: it wraps rather than being cut (<see cref="PromptText"/>).</summary>
    public static int MaxPromptRows(int height) => height >= TallFrom ? 3 : 2;

    /// <param name="lanesWanted">Rows the lanes would like (title, status and every token of a full run); they get at most 40% (30% when tall).</param>
    /// <param name="promptRows">Rows the wrapped prompt takes (at most <see cref="MaxPromptRows"/>).</param>
    public static ScreenLayout Compute(int width, int height, bool hasPrompt, int page, int lanesWanted = int.MaxValue, int promptRows = 1)
    {
        if (width < MinWidth || height < MinHeight)
        {
            return new ScreenLayout(default, default, default, [], default, default, 1, 0);
        }

        var wide = width >= WideFrom;
        var tall = height >= TallFrom;
        var slots = Slots(width, height);
        var pages = (Order.Count + slots - 1) / slots;
        page = ((page % pages) + pages) % pages;

        var header = new Area(0, 0, width, 1);
        var top = 1;
        var promptHeight = hasPrompt ? Math.Clamp(promptRows, 1, MaxPromptRows(height)) : 0;
        var prompt = hasPrompt ? new Area(0, top, width, promptHeight) : default;
        top += promptHeight;
        var keys = new Area(0, height - 1, width, 1);
        var message = new Area(0, height - 2, width, 1);
        var available = height - 2 - top;
        var lanesHeight = Math.Min(Math.Clamp((int)Math.Round(available * (tall ? 0.3 : 0.4)), 4, 14), Math.Max(3, lanesWanted));
        var lanes = new Area(0, top, width, lanesHeight);
        var panesTop = top + lanesHeight;
        var panesHeight = height - 2 - panesTop;

        var kinds = Order.Skip(page * slots).Take(slots).ToArray();
        var placements = new List<PanePlacement>();
        var rightWidth = wide ? Math.Clamp(width - 80, 38, width / 2) : 0;
        var leftWidth = width - rightWidth;
        var upperHeight = tall ? (panesHeight + 1) / 2 : panesHeight;
        for (var i = 0; i < kinds.Length; i++)
        {
            var column = wide ? i % 2 : 0;
            var row = wide ? i / 2 : i;
            var x = column == 0 ? 0 : leftWidth;
            var w = !wide ? width : column == 0 ? leftWidth : rightWidth;
            var y = panesTop + (row == 0 ? 0 : upperHeight);
            var h = !tall ? panesHeight : row == 0 ? upperHeight : panesHeight - upperHeight;
            placements.Add(new PanePlacement(kinds[i], new Area(x, y, w, h)));
        }

        return new ScreenLayout(header, prompt, lanes, placements, message, keys, pages, page);
    }
}

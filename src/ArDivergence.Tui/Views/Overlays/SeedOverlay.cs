using System.Globalization;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>Change the seed: the scenario is compiled again (task prompts, n-gram training) and every lane goes back to t = 0.</summary>
internal sealed class SeedOverlay : Overlay
{
    private readonly LineEditor _seed;
    private string? _error;

    public SeedOverlay(IOverlayHost host)
        : base(host)
    {
        _seed = new LineEditor(host.Snapshot.Seed.ToString(CultureInfo.InvariantCulture));
    }

    public override string Title => "Seed";

    public override string Footer => "Enter applies · Esc cancels";

    private string Explanation => $"now {Host.Snapshot.Seed}; a new seed recompiles the scenario and resets every lane to t = 0";

    /// <summary>Wide enough for the explanation on one line where the screen allows, else it wraps (never cut).</summary>
    public override (int Width, int Height) Size(int screenWidth, int screenHeight)
    {
        var width = Math.Min(screenWidth - 2, TextCells.Width(Explanation) + 6);
        return (width, Lines(width - 4).Count + 6);
    }

    public override void Draw(ICanvas canvas)
    {
        var lines = Lines(canvas.Width - 2);
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.Write(1, i, lines[i], Role.Dim);
        }

        var row = lines.Count + 1;
        canvas.Write(1, row, "seed", Role.Header);
        DrawEditor(canvas, 6, row, Math.Min(24, canvas.Width - 7), _seed);
        if (_error is not null)
        {
            canvas.Write(1, row + 2, TextCells.Fit(_error, canvas.Width - 2), Role.Error);
        }
    }

    private IReadOnlyList<string> Lines(int width) => TextCells.Wrap(Explanation, Math.Max(1, width));

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Name == "Enter")
        {
            if (long.TryParse(_seed.Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            {
                Close();
                Host.SetSeed(seed);
            }
            else
            {
                _error = $"'{_seed.Text}' is not a whole number";
            }

            return true;
        }

        _error = null;
        return _seed.Handle(key.Name, key.Text);
    }
}

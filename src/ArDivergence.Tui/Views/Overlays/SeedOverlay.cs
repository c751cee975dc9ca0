using System.Globalization;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Rendering;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>Change the seed: the scenario is compiled again (task prompts, n-gram training) and every lane goes back to t = 0.</summary>
internal sealed class SeedOverlay : Overlay
{
    private readonly LineEditor _seed;
    private string? _error;

    public SeedOverlay(DebuggerController controller)
        : base(controller)
    {
        _seed = new LineEditor(controller.Snapshot.Seed.ToString(CultureInfo.InvariantCulture));
    }

    public override string Title => "Seed";

    public override string Footer => "Enter applies · Esc cancels";

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) => (Math.Min(screenWidth - 2, 60), 7);

    public override void Draw(ICanvas canvas)
    {
        canvas.Write(1, 0, TextCells.Fit($"now {Controller.Snapshot.Seed}; a new seed recompiles the scenario and resets every lane to t = 0", canvas.Width - 2), Role.Dim);
        canvas.Write(1, 2, "seed", Role.Header);
        DrawEditor(canvas, 6, 2, Math.Min(24, canvas.Width - 7), _seed);
        if (_error is not null)
        {
            canvas.Write(1, 4, TextCells.Fit(_error, canvas.Width - 2), Role.Error);
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Name == "Enter")
        {
            if (long.TryParse(_seed.Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            {
                Close();
                Controller.SetSeed(seed);
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

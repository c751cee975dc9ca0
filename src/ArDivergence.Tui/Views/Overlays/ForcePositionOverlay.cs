using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>
/// The first half of force on a lane that writes positions in any order (a masked-diffusion lane): choose a masked
/// position its next step can commit (<see cref="PositionForce.Offered"/>), then the token (<see cref="ForceOverlay"/>).
/// Committed positions are not offered; typing one shows why (the session's own words).
/// </summary>
internal sealed class ForcePositionOverlay : Overlay
{
    private readonly string _lane;
    private readonly int _nextStep;
    private readonly PositionForce _force;
    private readonly int[] _offered;
    private readonly LineEditor _position = new();
    private string? _refusal;
    private int _selected;
    private int _scroll;

    public ForcePositionOverlay(IOverlayHost host, string lane, PositionForce force)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(force);
        _lane = lane;
        _force = force;
        _offered = [.. force.Offered];
        _nextStep = host.Snapshot.Lane(lane).T + 1;
    }

    public override string Title => $"Force a token in {_lane}: choose a masked position";

    public override string Footer => "↑↓ or type a position · Enter chooses · Esc cancels";

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 72), Math.Min(screenHeight - 2, _offered.Length + 9));

    /// <summary>The position Enter would choose now (the typed one when there is one).</summary>
    public int? SelectedPosition => Typed() ?? (_offered.Length > 0 ? _offered[_selected] : null);

    public override void Draw(ICanvas canvas)
    {
        var context = $"step {_nextStep} commits the forced token at a masked position of the block it fills, its other draws conditioned on it; committed positions are final";
        foreach (var (line, i) in TextCells.WrapAtMost(context, canvas.Width - 2, 2).Select((l, i) => (l, i)))
        {
            canvas.Write(1, i, line, Role.Dim);
        }

        canvas.Write(1, 2, "position", Role.Header);
        DrawEditor(canvas, 10, 2, Math.Min(8, canvas.Width - 11), _position);
        if (_refusal is not null)
        {
            foreach (var (line, i) in TextCells.WrapAtMost(_refusal, canvas.Width - 2, 2).Select((l, i) => (l, i)))
            {
                canvas.Write(1, 3 + i, line, Role.Warning);
            }
        }

        var rows = canvas.Height - 6;
        _scroll = ScrollFor(_selected, _scroll, rows);
        for (var i = 0; i < rows && _scroll + i < _offered.Length; i++)
        {
            var index = _scroll + i;
            var selected = index == _selected;
            var text = $"{(selected ? "▸ " : "  ")}position {_offered[index],-4} {TokenStrip.GapMark} masked";
            canvas.Write(1, 6 + i, TextCells.PadRight(text, canvas.Width - 2), selected ? Role.Selected : Role.Normal);
        }

        if (_offered.Length == 0)
        {
            canvas.Write(1, 6, "no masked position can be forced now", Role.Dim);
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Name == "Enter")
        {
            Choose();
            return true;
        }

        if (Navigate(key.Name is "k" or "j" ? "" : key.Name, _selected, _offered.Length) is int target)
        {
            _selected = target;
            _position.Set("");
            _refusal = null;
            return true;
        }

        // Only digits go into the field, so letters cannot make a position that is not one.
        if (key.Text is { Length: > 0 } text && !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!_position.Handle(key.Name, key.Text))
        {
            return false;
        }

        _refusal = null;
        if (Typed() is int typed && IndexOf(typed) is int index)
        {
            _selected = index;
        }

        return true;
    }

    private void Choose()
    {
        if (SelectedPosition is not int position)
        {
            return;
        }

        if (IndexOf(position) is null)
        {
            _refusal = _force.Refusal(position) ?? $"position {position} cannot be forced now";
            return;
        }

        Close();
        Host.Push(new ForceOverlay(Host, _lane, position, atPosition: true));
    }

    private int? IndexOf(int position)
    {
        var index = Array.IndexOf(_offered, position);
        return index >= 0 ? index : null;
    }

    private int? Typed() =>
        int.TryParse(_position.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : null;
}

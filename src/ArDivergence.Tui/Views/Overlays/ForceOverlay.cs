using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>
/// Force a token at step t of a lane: the step's top-k first (with probabilities and validity), then every
/// other token the lane can emit; at the step to come (t = T + 1) there is no distribution yet, so every
/// token. Typing filters the list. The lane is cut at t and branches from the forced token. On a lane that
/// forces positions (a masked-diffusion lane, after <see cref="ForcePositionOverlay"/>) t is a masked position
/// and the next step commits the token there; nothing is cut. The tokens are the lane's own on a text manifold.
/// </summary>
internal sealed class ForceOverlay : Overlay
{
    private readonly string _lane;
    private readonly int _t;
    private readonly bool _atPosition;
    private readonly List<Choice> _choices;
    private readonly LineEditor _filter = new();
    private readonly string _context;
    private readonly int _tokenWidth;
    private int _selected;
    private int _scroll;

    /// <param name="atPosition">True: <paramref name="t"/> is a position the lane's next step commits (<see cref="LaneSnapshot.PositionForce"/>).</param>
    public ForceOverlay(IOverlayHost host, string lane, int t, bool atPosition = false)
        : base(host)
    {
        _lane = lane;
        _t = t;
        _atPosition = atPosition;
        var snapshot = host.Snapshot;
        var laneSnapshot = snapshot.Lane(lane);
        var tokens = ForceTokenChoices.Of(snapshot, lane);
        _choices = [];
        if (atPosition)
        {
            _choices.AddRange(tokens.Select(v => new Choice(v, null)));
            _context = $"position {t} is masked: step {laneSnapshot.T + 1} commits the forced token there, its other draws conditioned on it";
        }
        else if (t <= laneSnapshot.T)
        {
            var step = laneSnapshot.Steps[t - 1];
            var top = Distribution.Rows(snapshot, lane, step);
            _choices.AddRange(step.Top.Zip(top, (k, row) => new Choice(ForceTokenChoices.Token(snapshot, lane, k.Token), row)));
            _choices.AddRange(tokens.Where(v => step.Top.All(k => k.Token != v.Id)).Select(v => new Choice(v, null)));
            var emitted = TokenDisplay.Of(snapshot, lane, step.Token);
            _context = $"now '{emitted}' (p {Units.Probability(step.TokenProbability)} {(step.OnManifold ? StepTable.ValidMark : StepTable.InvalidMark)}); the lane is cut at t = {t} and branches";
            _selected = Math.Max(0, _choices.FindIndex(c => c.Token.Id != step.Token));
        }
        else
        {
            _choices.AddRange(tokens.Select(v => new Choice(v, null)));
            _context = $"t = {t} is the step to come: no distribution yet (n generates it); any token can be forced";
        }

        _tokenWidth = Math.Min(24, Math.Max(6, _choices.Select(c => TextCells.Width(c.Token.Shown)).DefaultIfEmpty(0).Max()));
    }

    public override string Title => _atPosition ? $"Force a token in {_lane} at position {_t}" : $"Force a token in {_lane} at t = {_t}";

    public override string Footer => "type to filter · ↑↓ choose · Enter forces · Esc cancels";

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 80), Math.Min(screenHeight - 2, _choices.Count + 7));

    /// <summary>The token Enter would force now (its text as shown).</summary>
    public string? SelectedToken => Selected()?.Token.Shown;

    public override void Draw(ICanvas canvas)
    {
        foreach (var (line, i) in TextCells.WrapAtMost(_context, canvas.Width - 2, 2).Select((l, i) => (l, i)))
        {
            canvas.Write(1, i, line, Role.Dim);
        }

        canvas.Write(1, 2, "filter", Role.Header);
        DrawEditor(canvas, 8, 2, Math.Min(20, canvas.Width - 9), _filter);
        var visible = Visible();
        var rows = canvas.Height - 4;
        _scroll = ScrollFor(_selected, _scroll, rows);
        var barWidth = Math.Max(4, canvas.Width - _tokenWidth - 26);
        for (var i = 0; i < rows && _scroll + i < visible.Count; i++)
        {
            var index = _scroll + i;
            var choice = visible[index];
            var selected = index == _selected;
            var y = 4 + i;
            var text = (selected ? "▸ " : "  ") + TextCells.PadRight(choice.Token.Shown, _tokenWidth);
            if (choice.Top is { } top)
            {
                var (mark, bar, probability) = Distribution.Parts(top, barWidth);
                text += $" {mark} {bar.PadRight(barWidth)} {probability,9}{(top.Emitted ? " ◀ now" : "")}";
            }
            else if (!_atPosition)
            {
                text += "   (not in the top-k)";
            }

            canvas.Write(1, y, TextCells.PadRight(text, canvas.Width - 2), selected ? Role.Selected : choice.Top is null ? Role.Dim : Role.Normal);
        }

        if (visible.Count == 0)
        {
            canvas.Write(1, 4, "no token matches", Role.Dim);
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var visible = Visible();
        if (key.Name == "Enter")
        {
            if (Selected() is { } choice)
            {
                Close();

                // Only a lane's own tokens can share a text; the id says which one was meant.
                var ownTokens = Host.Snapshot.Scenario.Generator(_lane).Context.TextTokens is not null;
                Host.ForceToken(_lane, _t, choice.Token.Text, ownTokens ? choice.Token.Id : null);
            }

            return true;
        }

        if (Navigate(key.Name is "k" or "j" ? "" : key.Name, _selected, visible.Count) is int target)
        {
            _selected = target;
            return true;
        }

        if (_filter.Handle(key.Name, key.Text))
        {
            _selected = 0;
            return true;
        }

        return false;
    }

    private Choice? Selected()
    {
        var visible = Visible();
        return _selected >= 0 && _selected < visible.Count ? visible[_selected] : null;
    }

    private List<Choice> Visible() =>
        _filter.Text.Length == 0 ? _choices : [.. _choices.Where(c => c.Token.Shown.Contains(_filter.Text, StringComparison.Ordinal))];

    private sealed record Choice(LaneToken Token, TopKRow? Top);
}

using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>The breakpoints: the list (Del removes one) and a form that adds any kind, for any lane or one.</summary>
internal sealed class BreakpointOverlay : Overlay
{
    private const int ValueColumn = 10;
    private static readonly BreakpointKind[] Kinds = Enum.GetValues<BreakpointKind>();
    private readonly LineEditor _value = new();
    private int _row;
    private int _kind;
    private int _lane;
    private string? _error;

    public BreakpointOverlay(IOverlayHost host)
        : base(host)
    {
        _row = Breakpoints.Count;
    }

    private enum Field
    {
        Kind,
        Value,
        Lane,
        Add,
    }

    public override string Title => "Breakpoints";

    public override string Footer => "↑↓ move · ←→ change · Enter adds · Del removes · Esc closes";

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 84), Math.Min(screenHeight - 2, Breakpoints.Count + 12 + ExplanationLines(Math.Min(screenWidth - 2, 84) - 2).Count));

    public BreakpointKind Kind => Kinds[_kind];

    private IReadOnlyList<Breakpoint> Breakpoints => Host.Snapshot.Breakpoints;

    private IReadOnlyList<string?> Lanes => [null, .. Host.Snapshot.Lanes.Select(l => l.Name)];

    private int RowCount => Breakpoints.Count + 4;

    public static string Explain(BreakpointKind kind) => kind switch
    {
        BreakpointKind.OffManifold => "stops when a lane leaves the manifold",
        BreakpointKind.TokenErrorAbove => "stops at every step whose token_error is above the value",
        BreakpointKind.PathOffAbove => "stops when path_off crosses the value",
        BreakpointKind.OffManifoldAbove => "stops when off_manifold crosses the value",
        BreakpointKind.Position => "stops at step t = value",
        BreakpointKind.Token => "stops when a lane emits the token",
        _ => "",
    };

    public override void Draw(ICanvas canvas)
    {
        var row = 0;
        canvas.Write(1, row++, "continue (c, F5) stops at the first breakpoint that fires", Role.Dim);
        if (Breakpoints.Count == 0)
        {
            canvas.Write(1, row++, "no breakpoints yet", Role.Dim);
        }

        for (var i = 0; i < Breakpoints.Count; i++)
        {
            var selected = _row == i;
            var text = $"{(selected ? "▸" : " ")} ● {Breakpoints[i].Id,-3} {Breakpoints[i].Describe()}";
            canvas.Write(1, row++, TextCells.PadRight(text, canvas.Width - 2), selected ? Role.Selected : Role.Normal);
        }

        canvas.Write(0, row++, new string('─', canvas.Width), Role.Border);
        canvas.Write(1, row++, "add", Role.Header);
        var field = FieldAt(_row);
        Line(row++, Field.Kind, "kind", $"◀ {Kind.ToName()} ▶", null);
        foreach (var line in ExplanationLines(canvas.Width))
        {
            canvas.Write(ValueColumn, row++, line, Role.Dim);
        }

        var valueLabel = Kind == BreakpointKind.Token ? "token" : Kind == BreakpointKind.Position ? "t" : "value";
        if (NeedsValue(Kind) || Kind == BreakpointKind.Token)
        {
            canvas.Write(1, row, field == Field.Value ? "▸" : " ", Role.Normal);
            canvas.Write(3, row, valueLabel, Role.Header);
            DrawEditor(canvas, ValueColumn, row, 20, _value);
        }
        else
        {
            canvas.Write(3, row, "value", Role.Dim);
            canvas.Write(ValueColumn, row, "(none)", Role.Dim);
        }

        row++;
        Line(row++, Field.Lane, "lane", $"◀ {Lanes[_lane] ?? "any lane"} ▶", null);
        canvas.Write(1, row, field == Field.Add ? "▸" : " ", Role.Normal);
        canvas.Write(3, row++, "[ Add ]", field == Field.Add ? Role.Selected : Role.KeyName);
        if (_error is not null)
        {
            canvas.Write(1, row, TextCells.Fit(_error, canvas.Width - 2), Role.Error);
        }

        void Line(int y, Field f, string label, string value, string? note)
        {
            var selected = field == f;
            canvas.Write(1, y, selected ? "▸" : " ", Role.Normal);
            canvas.Write(3, y, label, Role.Header);
            var end = canvas.Put(ValueColumn, y, value, selected ? Role.Selected : Role.Normal);
            if (note is not null)
            {
                canvas.Write(end + 2, y, note, Role.Dim);
            }
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var field = FieldAt(_row);
        switch (key.Name)
        {
            case "CursorUp":
                _row = Math.Max(0, _row - 1);
                return true;
            case "CursorDown":
            case "Tab":
                _row = Math.Min(RowCount - 1, _row + 1);
                return true;
            case "Shift+Tab":
                _row = Math.Max(0, _row - 1);
                return true;
            case "Delete" when field is null:
            case "Backspace" when field is null:
                Host.RemoveBreakpoint(Breakpoints[_row].Id);
                return true;
            case "Enter":
                Add();
                return true;
            case "CursorLeft" or "CursorRight" when field is Field.Kind or Field.Lane:
                var delta = key.Name == "CursorLeft" ? -1 : 1;
                if (field == Field.Kind)
                {
                    _kind = (_kind + delta + Kinds.Length) % Kinds.Length;
                    _value.Set("");
                }
                else
                {
                    _lane = (_lane + delta + Lanes.Count) % Lanes.Count;
                }

                _error = null;
                return true;
        }

        if (key.Text is not null || field == Field.Value)
        {
            if ((NeedsValue(Kind) || Kind == BreakpointKind.Token) && _value.Handle(key.Name, key.Text))
            {
                _row = Breakpoints.Count + (int)Field.Value;
                _error = null;
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind's explanation wrapped under the kind (on the kind's line it was cut at every size).</summary>
    private IReadOnlyList<string> ExplanationLines(int canvasWidth) => TextCells.Wrap(Explain(Kind), Math.Max(1, canvasWidth - ValueColumn - 1));

    private static bool NeedsValue(BreakpointKind kind) =>
        kind is BreakpointKind.TokenErrorAbove or BreakpointKind.PathOffAbove or BreakpointKind.OffManifoldAbove or BreakpointKind.Position;

    private Field? FieldAt(int row) => row < Breakpoints.Count ? null : (Field)(row - Breakpoints.Count);

    private void Add()
    {
        var text = _value.Text.Trim();
        double? value = null;
        string? token = null;
        if (Kind == BreakpointKind.Token)
        {
            // A token is typed as the screen shows it (␣ for a space, \n …) or as it is.
            var typed = TokenDisplay.Unescape(_value.Text);
            var candidate = text.Length > 0 && Host.Snapshot.IsToken(typed, Lanes[_lane]) ? typed : text;
            if (text.Length == 0 || !Host.Snapshot.IsToken(candidate, Lanes[_lane]))
            {
                _error = text.Length == 0 ? "type a token" : $"'{text}' is not a token of this scenario";
                return;
            }

            token = candidate;
        }
        else if (Kind == BreakpointKind.Position)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < 1 || t > Host.Snapshot.Length)
            {
                _error = $"t must be a whole number from 1 to {Host.Snapshot.Length}";
                return;
            }

            value = t;
        }
        else if (NeedsValue(Kind))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v is < 0 or > 1)
            {
                _error = "the value is a probability from 0 to 1, e.g. 0.05";
                return;
            }

            value = v;
        }

        Close();
        Host.AddBreakpoint(Kind, value, token, Lanes[_lane]);
    }
}

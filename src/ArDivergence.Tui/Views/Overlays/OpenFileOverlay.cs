using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>Open any scenario file by path: a path field with Tab completion and the matching entries below.</summary>
internal sealed class OpenFileOverlay : Overlay
{
    private readonly LineEditor _path = new();
    private readonly string _directory;
    private int _selected = -1;
    private int _scroll;
    private string? _error;

    public OpenFileOverlay(IOverlayHost host)
        : base(host)
    {
        _directory = host.Options.WorkingDirectory;
    }

    public override string Title => "Open a scenario file";

    public override string Footer => "Tab completes · ↑↓ choose · Enter opens · Esc closes";

    public string Text => _path.Text;

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 100), Math.Min(screenHeight - 2, 20));

    public override void Draw(ICanvas canvas)
    {
        canvas.Write(1, 0, TextCells.Fit($"relative to {_directory}", canvas.Width - 2), Role.Dim);
        canvas.Write(1, 1, "path", Role.Header);
        DrawEditor(canvas, 6, 1, canvas.Width - 7, _path);
        if (_error is not null)
        {
            canvas.Write(1, 2, TextCells.Fit(_error, canvas.Width - 2), Role.Error);
        }

        var matches = Matches();
        var rows = canvas.Height - 4;
        _scroll = ScrollFor(Math.Max(0, _selected), _scroll, rows);
        for (var i = 0; i < rows && _scroll + i < matches.Count; i++)
        {
            var index = _scroll + i;
            var text = (index == _selected ? "▸ " : "  ") + matches[index].Display;
            canvas.Write(1, 4 + i, TextCells.PadRight(text, canvas.Width - 2), index == _selected ? Role.Selected : matches[index].IsDirectory ? Role.Header : Role.Normal);
        }

        if (matches.Count == 0)
        {
            canvas.Write(1, 4, "no .yaml files or folders match", Role.Dim);
        }
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var matches = Matches();
        switch (key.Name)
        {
            case "Enter":
                if (_selected >= 0 && _selected < matches.Count)
                {
                    Accept(matches[_selected]);
                }
                else
                {
                    OpenTyped();
                }

                return true;
            case "Tab":
                Complete(matches);
                return true;
            case "CursorUp":
                _selected = Math.Max(-1, _selected - 1);
                return true;
            case "CursorDown":
                _selected = Math.Min(matches.Count - 1, _selected + 1);
                return true;
        }

        if (_path.Handle(key.Name, key.Text))
        {
            _selected = -1;
            _error = null;
            return true;
        }

        return false;
    }

    private string Resolve(string text)
    {
        if (text == "~" || text.StartsWith("~/", StringComparison.Ordinal))
        {
            text = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + text[1..];
        }

        return Path.GetFullPath(text.Length == 0 ? "." : text, _directory);
    }

    private void Accept(Match match)
    {
        _path.Set(match.Text);
        _selected = -1;
        if (!match.IsDirectory)
        {
            OpenTyped();
        }
    }

    private void OpenTyped()
    {
        var text = _path.Text.Trim();
        if (text.Length == 0)
        {
            _error = "type a path";
            return;
        }

        var full = Resolve(text);
        if (Directory.Exists(full))
        {
            if (!text.EndsWith('/'))
            {
                _path.Set(text + "/");
            }

            return;
        }

        var load = _directory == Environment.CurrentDirectory && !text.StartsWith('~') ? text : full;
        var source = ScenarioSource.Load(load);
        if (source.Result.Succeeded)
        {
            Host.CloseOverlays();
        }

        Host.OpenScenario(source);
    }

    private void Complete(IReadOnlyList<Match> matches)
    {
        if (_selected >= 0 && _selected < matches.Count)
        {
            _path.Set(matches[_selected].Text);
            _selected = -1;
            return;
        }

        if (matches.Count == 0)
        {
            return;
        }

        var common = matches[0].Text;
        foreach (var match in matches.Skip(1))
        {
            var n = 0;
            while (n < common.Length && n < match.Text.Length && common[n] == match.Text[n])
            {
                n++;
            }

            common = common[..n];
        }

        if (common.Length > _path.Text.Length)
        {
            _path.Set(common);
        }
    }

    private List<Match> Matches()
    {
        var text = _path.Text;
        var slash = text.LastIndexOf('/');
        var typedDirectory = slash >= 0 ? text[..(slash + 1)] : "";
        var prefix = slash >= 0 ? text[(slash + 1)..] : text;
        var directory = Resolve(typedDirectory.Length == 0 ? "." : typedDirectory);
        try
        {
            if (!Directory.Exists(directory))
            {
                return [];
            }

            var directories = Directory.GetDirectories(directory)
                .Select(Path.GetFileName)
                .Where(n => n is not null && !n.StartsWith('.') && n.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => new Match(typedDirectory + n + "/", n + "/", true));
            var files = Directory.GetFiles(directory)
                .Select(Path.GetFileName)
                .Where(n => n is not null && (n.EndsWith(".yaml", StringComparison.Ordinal) || n.EndsWith(".yml", StringComparison.Ordinal))
                    && n.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => new Match(typedDirectory + n, n!, false));
            return [.. directories.Concat(files).Take(500)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private sealed record Match(string Text, string Display, bool IsDirectory);
}

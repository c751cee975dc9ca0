using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>
/// The scenario browser: the shipped scenarios, then the .yaml files of the browse folders (the current
/// folder and ./scenarios), then "open a file by path". The selected one is previewed (title,
/// description, lanes — or its FILE:LINE:COL errors); Enter opens it.
/// </summary>
internal sealed class BrowserOverlay : Overlay
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, ScenarioSource> _loaded = new(StringComparer.Ordinal);
    private int _selected;
    private int _scroll;

    public BrowserOverlay(IOverlayHost host)
        : base(host)
    {
        _entries.Add(new Entry("Shipped scenarios", null, EntryKind.Heading));
        foreach (var shipped in ShippedScenarios.All)
        {
            var load = ScenarioSource.ShippedPrefix + shipped.Name;
            var title = TitleOf(Load(load));
            var label = shipped.Name + (shipped.Name == ShippedScenarios.DefaultName ? " (default)" : "");
            _entries.Add(new Entry(label, load, EntryKind.Scenario, title));
        }

        foreach (var folder in host.Options.BrowseFolders)
        {
            var directory = Path.GetFullPath(folder, host.Options.WorkingDirectory);
            string[] files;
            try
            {
                files = Directory.Exists(directory) ? [.. Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal)] : [];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                files = [];
            }

            if (files.Length == 0)
            {
                continue;
            }

            _entries.Add(new Entry(folder is "." or "" ? "This folder" : folder + "/", null, EntryKind.Heading));
            foreach (var file in files)
            {
                var display = Path.GetRelativePath(host.Options.WorkingDirectory, file);
                var load = host.Options.WorkingDirectory == Environment.CurrentDirectory ? display : file;
                _entries.Add(new Entry(display, load, EntryKind.Scenario, _entries.Count < 100 ? TitleOf(Load(load)) : null));
            }
        }

        _entries.Add(new Entry("", null, EntryKind.Heading));
        _entries.Add(new Entry("Open a file by path…", null, EntryKind.OpenFile));
        var current = host.Session.Source.Path;
        var index = _entries.FindIndex(e => e.Load == current);
        _selected = index >= 0 ? index : 1;
    }

    private enum EntryKind
    {
        Heading,
        Scenario,
        OpenFile,
    }

    public override string Title => "Open a scenario";

    public override string Footer => "↑↓ choose · Enter opens · Ctrl+O path · Esc closes";

    public override (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 110), screenHeight - 2);

    public override void Draw(ICanvas canvas)
    {
        var listRows = Math.Clamp(_entries.Count, 3, Math.Max(3, (canvas.Height / 2) - 1));
        _scroll = ScrollFor(_selected, _scroll, listRows);
        var nameWidth = Math.Min(_entries.Max(e => TextCells.Width(e.Label)) + 2, canvas.Width / 2);
        for (var row = 0; row < listRows && _scroll + row < _entries.Count; row++)
        {
            var entry = _entries[_scroll + row];
            if (entry.Kind == EntryKind.Heading)
            {
                canvas.Write(1, row, entry.Label, Role.Header);
                continue;
            }

            var selected = _scroll + row == _selected;
            var text = (selected ? "▸ " : "  ") + TextCells.PadRight(entry.Label, nameWidth) + (entry.Title ?? "");
            canvas.Write(1, row, TextCells.PadRight(text, canvas.Width - 2), selected ? Role.Selected : Role.Normal);
        }

        canvas.Write(0, listRows, new string('─', canvas.Width), Role.Border);
        DrawPreview(canvas.Region(new Area(1, listRows + 1, canvas.Width - 2, canvas.Height - listRows - 1)));
    }

    public override bool HandleKey(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        switch (key.Name)
        {
            case "Enter":
                Open();
                return true;
            case "Ctrl+O":
                Host.Push(new OpenFileOverlay(Host));
                return true;
            case "q":
                Close();
                return true;
        }

        if (Navigate(key.Name, _selected, _entries.Count) is not int target)
        {
            return false;
        }

        var step = target >= _selected ? 1 : -1;
        var found = Enumerable.Range(0, _entries.Count)
            .Select(i => target + (i * step))
            .Concat(Enumerable.Range(1, _entries.Count).Select(i => target - (i * step)))
            .FirstOrDefault(i => i >= 0 && i < _entries.Count && _entries[i].Kind != EntryKind.Heading, -1);
        if (found >= 0)
        {
            _selected = found;
        }

        return true;
    }

    private void Open()
    {
        var entry = _entries[_selected];
        if (entry.Kind == EntryKind.OpenFile)
        {
            Host.Push(new OpenFileOverlay(Host));
            return;
        }

        var source = Load(entry.Load!);
        if (source.Result.Succeeded)
        {
            Close();
        }

        Host.OpenScenario(source);
    }

    private void DrawPreview(ICanvas canvas)
    {
        var entry = _entries[_selected];
        if (entry.Kind == EntryKind.OpenFile)
        {
            canvas.Write(0, 0, "Type the path of any scenario file; Tab completes it.", Role.Dim);
            return;
        }

        var source = Load(entry.Load!);
        var row = 0;
        if (source.Spec is not { } spec)
        {
            var count = source.Result.Diagnostics.Count;
            canvas.Write(0, row++, $"✗ {count} error{(count == 1 ? "" : "s")}: Enter shows them", Role.Error);
            foreach (var line in source.Result.Diagnostics.SelectMany(d => TextCells.Wrap(d.ToString(), canvas.Width)))
            {
                canvas.Write(0, row++, line, Role.Error);
            }

            return;
        }

        foreach (var line in TextCells.Wrap(spec.Title ?? spec.Name, canvas.Width))
        {
            canvas.Write(0, row++, line, Role.Header);
        }

        var facts = $"{source.Path} · seed {spec.Seed}{(spec.Length is int l ? $" · L = {l}" : "")} · lanes: "
            + string.Join(", ", spec.Generators.Select(g => $"{g.Name} ({g.KindName})"));
        foreach (var line in TextCells.Wrap(facts, canvas.Width))
        {
            canvas.Write(0, row++, line, Role.Dim);
        }

        row++;
        foreach (var line in TextCells.Wrap(spec.Description, canvas.Width))
        {
            canvas.Write(0, row++, line, Role.Normal);
        }
    }

    private static string TitleOf(ScenarioSource source) =>
        source.Spec is { } spec ? spec.Title ?? "" : $"✗ {source.Result.Diagnostics.Count} error{(source.Result.Diagnostics.Count == 1 ? "" : "s")}";

    private ScenarioSource Load(string load)
    {
        if (!_loaded.TryGetValue(load, out var source))
        {
            source = ScenarioSource.Load(load);
            _loaded[load] = source;
        }

        return source;
    }

    private sealed record Entry(string Label, string? Load, EntryKind Kind, string? Title = null);
}

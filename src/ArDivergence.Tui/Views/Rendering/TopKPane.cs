using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The distribution at the cursor's t: every lane side by side when they fit and are asked for, else the focused lane's.</summary>
internal sealed class TopKPane : IPane
{
    /// <summary>The label of a trace lane's extra row: the probability its recording does not list.</summary>
    public const string UnlistedLabel = "(unlisted)";

    public static TopKPane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var snapshot = model.Snapshot;
        var lane = model.Focused;
        var t = model.CursorT;
        var hint = model.PageHint;
        var body = canvas.Region(new Area(1, 1, canvas.Width - 2, canvas.Height - 1));
        if (model.TopKAllLanes && TopKLanesGrid.TryDraw(body, model))
        {
            canvas.TitleRow(0, $"Top-{snapshot.Scenario.TopK} · all lanes · t = {t}", hint ?? "a: one lane · f forces");
            return;
        }

        canvas.TitleRow(0, $"Top-{snapshot.Scenario.TopK} · {lane.Name} · t = {t}", hint ?? (model.TopKAllLanes ? "f forces" : "a: all lanes · f forces"));
        if (t > lane.T)
        {
            var text = $"t = {t} is the step to come: its distribution appears once it is generated (n). f forces any token here.";
            foreach (var (line, i) in TextCells.Wrap(text, body.Width).Select((l, i) => (l, i)))
            {
                body.Write(0, i, line, Role.Dim);
            }

            return;
        }

        var step = lane.Steps[t - 1];
        var rows = Distribution.Rows(snapshot, lane.Name, step);
        var x = body.Put(0, 0, "emitted ", Role.Dim);
        x = body.Put(x, 0, (step.Forced ? StepTable.ForcedMark : "") + TokenDisplay.Of(snapshot, lane.Name, step.Token), step.Forced ? Role.Forced : Role.Normal);
        x = body.Put(x + 1, 0, step.OnManifold ? StepTable.ValidMark : StepTable.InvalidMark, step.OnManifold ? Role.Valid : Role.Invalid);
        x = body.Put(x + 1, 0, "p " + Units.Probability(step.TokenProbability), Role.Normal);
        body.Write(x + 2, 0, "tok_err " + Units.Probability(step.TokenError), Role.Dim);

        var tokenWidth = Math.Clamp(rows.Count == 0 ? 4 : rows.Max(r => TextCells.Width(r.Shown)), 4, 16);
        var barWidth = Math.Clamp(body.Width - tokenWidth - 25, 3, 40);
        for (var i = 0; i < rows.Count && i + 1 < body.Height; i++)
        {
            var row = rows[i];
            var (mark, bar, probability) = Distribution.Parts(row, barWidth);
            var y = i + 1;
            x = body.Put(0, y, TextCells.PadRight(row.Shown, tokenWidth), Role.Normal);
            x = body.Put(x + 1, y, mark, row.Valid ? Role.Valid : Role.Invalid);
            body.Write(x + 1, y, bar, row.Valid ? Role.Valid : Role.Invalid);
            x = body.Put(x + 2 + barWidth, y, TextCells.PadLeft(probability, 9), Role.Normal);
            if (row.Emitted)
            {
                body.Write(x + 1, y, step.Forced ? "◀ forced" : "◀ emitted", Role.KeyName);
            }
        }

        var next = rows.Count + 1;
        if (step.Extras?.UnlistedMass is { } unlisted && next < body.Height)
        {
            // A recording lists a few alternatives; the rest of the probability is somewhere it does not say.
            // In the probability column of the rows above (token, mark and bar before it).
            var labelEnd = body.Put(0, next, UnlistedLabel, Role.Dim);
            body.Write(Math.Max(labelEnd + 1, tokenWidth + 4 + barWidth), next, TextCells.PadLeft(Units.Probability(unlisted), 9), Role.Normal);
            next++;
        }

        if (LanesPane.DecodeShort(step) is { } decode && next < body.Height)
        {
            // A real model's step: the wall time of its decodes (the emitted line has no room left for it).
            body.Write(0, next, decode, Role.Dim);
            next++;
        }

        if (rows.All(r => !r.Emitted) && next < body.Height)
        {
            body.Write(0, next, $"the emitted token is not in the top-{rows.Count}", Role.Dim);
        }
    }
}

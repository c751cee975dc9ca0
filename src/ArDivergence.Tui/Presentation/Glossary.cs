using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// Every column name, label and mark the debugger's screen shows, with one line each on what it
/// measures: the step table's columns bring their own lines (<see cref="StepColumn.Glossary"/>), the other
/// labels are listed here. The help screen reads this table and the README repeats it, so the screen explains
/// itself; a name used here is the only name the screen uses for that concept, at every size.
/// </summary>
public static class Glossary
{
    /// <summary>The lane header's label for off_manifold at the lane's t.</summary>
    public const string LaneOffManifold = "om";

    /// <summary>The lane header's label for LeCun's bound 1 − (1 − e_min)^L (semantics §13).</summary>
    public const string LaneLecunBound = "lb";

    /// <summary>The lane header's label for invalid tokens so far against the manifold's tolerance k.</summary>
    public const string LaneTolerance = "err";

    /// <summary>The lane header's label for the wall time of the latest step's model decodes (real-model lanes).</summary>
    public const string LaneDecode = "dec";

    /// <summary>The compute pane's ratio column.</summary>
    public const string RatioToCheapest = "×min";

    /// <summary>The compute pane's peak KV-cache column.</summary>
    public const string KvPeak = "kv_peak";

    public static IReadOnlyList<GlossaryEntry> Entries { get; } =
    [
        .. StepColumns.Table.SelectMany(c => c.Glossary),
        .. StepColumns.FlopsDiscarded.Glossary, // in the compute pane, not the step table
        new(LaneLecunBound, "LeCun's bound in the lane's header: 1 − (1 − e_min)^L with e_min the smallest tok_err over every state a run can reach, a lower bound on off_man at L (n/a: e_min = 0, the argument does not apply; - : no exact process, or not computed yet)"),
        new(LaneTolerance + " j/k", "with manifold.tolerance k: invalid tokens so far in the lane against the k a correct sequence may hold"),
        new(LaneDecode + " ms", "a real model's lane: wall time of the model decodes of its latest step, in the top-k pane of the cursor's step (decode_ms in run's JSON and CSV; never compared or replayed)"),
        new(PlanLine.Label + " a–b", "an mpc lane's plan for positions a..b (made at step a; rollout i/k: the one kept of k drawn): its committed tokens, the cursor's step's in reverse video"),
        new(PlanLine.RollbackMark, "after it, what the plan rolled back: the drawn tokens past the commit (a real model), or how many positions were planned past it and never drawn (a synthetic one)"),
        new(TokenDisplay.Space + @" \n \xNN", @"in a token: a space, a newline (\t a tab, \\ a backslash), a byte that is no character on its own; \uXXXX an invisible character, ◌ a combining mark with no base, ∅ the empty token"),
        new(RatioToCheapest, "the lane's comp total as a multiple of the smallest positive comp total among the lanes (the cheapest lane shows 1.00×)"),
        new("±x (mc)", "a Monte Carlo estimate of off_man ± half its 95% Wilson interval (the exact state space is too large)"),
        new("…", "a value still being computed; at the end of cut text: there is more (i, ← →, a wider terminal show it whole)"),
        new("-", "not defined: tok_err after the prefix left the manifold; off_man out of reach (m runs Monte Carlo)"),
        new("✗@t", "the lane left the manifold at step t"),
        new("↳", "a forced token: the lane was cut there and branched"),
        new("▶", "the focused lane: the step table, top-k, F9 and force follow it"),
        new("▸", "the cursor's step; in the lanes the latest token is in reverse video, the cursor's underlined"),
        new("●", "a position breakpoint at that t"),
        new("●■▲◆▼", "chart: off_man of each lane against t, one shape per lane"),
        new("○□△◇▽", "chart: lecun of the focused lane (drawn over the others)"),
        new("= lane", "chart legend: this lane's off_man curve coincides with that lane's and is hidden under it (after lecun: = off_man, on its own lane's curve)"),
        new("█ ▓ ░", "compute bars: comp (of which ▓ recomp) and reused FLOPs, all lanes on one scale"),
    ];

    /// <summary>The meaning of a term, or null when the glossary lacks it.</summary>
    public static string? Meaning(string term) => Entries.FirstOrDefault(e => e.Term == term)?.Meaning;
}

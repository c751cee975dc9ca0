using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// One validation run: the spec, what the manifold turned out to emit, and the problems so far. Checks the
/// length, prompt, tokens, lanes and breakpoints itself; the manifold, each lane kind and the costs are
/// checked by <see cref="ManifoldChecks"/>, the kinds' descriptors and <see cref="CostLimits"/>.
/// </summary>
internal sealed class ValidationRun(ScenarioSpec spec, KindRegistry kinds)
{
    /// <summary>Tokens the manifold can emit; null when the manifold is too broken to tell.</summary>
    public HashSet<string>? Emitted { get; set; }

    /// <summary>Tokens written in the manifold part of the file (checked against a closed vocabulary).</summary>
    public List<TokenUse> ManifoldUses { get; } = [];

    /// <summary>Tokens a task puts in prompts or answers without the file naming them (digits, '=', ...).</summary>
    public List<string> ImplicitTokens { get; } = [];

    /// <summary>L when the manifold fixes it (sequences, most tasks).</summary>
    public int? DerivedLength { get; set; }

    public string ManifoldDescription { get; set; } = "manifold";

    /// <summary>The most manifold states possible at one position, when the manifold fixes it without L (not dyck).</summary>
    public long? StatesAtOnePosition { get; set; }

    public ScenarioSpec Spec => spec;

    public KindRegistry Kinds => kinds;

    public List<SpecProblem> Problems { get; } = [];

    public void Add(string path, string message) => Problems.Add(new SpecProblem(path, message));

    public void Run()
    {
        CheckManifold();
        CheckLength();
        CheckPrompt();
        CheckVocabulary();
        CheckExtraTokens();
        CheckGenerators();
        TextChecks.Check(this);
        CheckBreakpoints();
        if (spec.Display.TopK is < MinTopK or > MaxTopK)
        {
            Add("display.top_k", Invariant($"'top_k' must be between {MinTopK} and {MaxTopK}, found {spec.Display.TopK}"));
        }

        new CostLimits(this).Check();
    }

    public int? EffectiveLength => DerivedLength ?? spec.Length;

    /// <summary>The manifold's kind, or null for a spec of no registered kind (reported by <see cref="CheckManifold"/>).</summary>
    public IManifoldKind? ManifoldKind { get; } = kinds.FindManifold(spec.Manifold);

    private void CheckManifold()
    {
        if (ManifoldKind is null)
        {
            Add("manifold.kind", $"unknown manifold {spec.Manifold.GetType().Name}");
            return;
        }

        ManifoldDescription = ManifoldKind.Description;
        ManifoldKind.Check(spec.Manifold, new ManifoldCheck(this));
    }

    public bool Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            Add(path, message);
        }

        return condition;
    }

    // ---- length and prompt ------------------------------------------------------------------

    private void CheckLength()
    {
        var lengthIsDerived = ManifoldKind?.LengthIsDerived ?? false;
        if (spec.Length is { } given)
        {
            if (given < 1)
            {
                Add("length", Invariant($"'length' must be at least 1, found {given}"));
                return;
            }

            if (given > MaxLength)
            {
                Add("length", Invariant($"'length' {given:N0} is over the limit of {MaxLength:N0}"));
                return;
            }

            if (DerivedLength is { } derived && given != derived)
            {
                Add("length", Invariant(
                    $"'length' {given} does not match the {ManifoldDescription}, which makes {derived} tokens; leave length out (it is derived)"));
            }

            ManifoldKind?.CheckLength(spec.Manifold, given, new ManifoldCheck(this));
        }
        else if (!lengthIsDerived)
        {
            Add("length", $"length (the number of generated tokens) is required for the {ManifoldDescription}");
        }
    }

    private void CheckPrompt()
    {
        if (spec.Manifold is TaskManifoldSpec task && spec.Prompt is not null)
        {
            Add("prompt", $"the {task.TaskName} task generates its own prompt from the seed; remove prompt");
        }
    }

    // ---- tokens -----------------------------------------------------------------------------

    private IEnumerable<TokenUse> PromptUses() =>
        (spec.Prompt ?? []).Select((t, i) => new TokenUse(t, Item("prompt", i)));

    private IEnumerable<TokenUse> ExtraUses() =>
        spec.ExtraTokens.Select((t, i) => new TokenUse(t, Item("extra_tokens", i)));

    private void CheckVocabulary()
    {
        if (spec.Vocabulary is not { } vocabulary)
        {
            var size = ManifoldUses.Select(u => u.Token).Concat(ImplicitTokens).Concat(spec.Prompt ?? []).Concat(spec.ExtraTokens)
                .Distinct(StringComparer.Ordinal).Count();
            Require(size <= MaxVocabulary, "manifold", Invariant($"the vocabulary would have {size:N0} tokens, over the limit of {MaxVocabulary:N0}"));
            return;
        }

        if (vocabulary.Count > MaxVocabulary)
        {
            Add("vocabulary", Invariant($"{vocabulary.Count:N0} tokens is over the vocabulary limit of {MaxVocabulary:N0}"));
            return;
        }

        var closed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            if (!closed.Add(vocabulary[i]))
            {
                Add(Item("vocabulary", i), $"token '{vocabulary[i]}' is listed twice in vocabulary");
            }
        }

        foreach (var use in PromptUses().Concat(ManifoldUses).Concat(ExtraUses()))
        {
            if (!closed.Contains(use.Token))
            {
                Add(use.Path, $"token '{use.Token}' is not in vocabulary");
            }
        }

        var missing = ImplicitTokens.Where(t => !closed.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            Add("vocabulary", $"vocabulary lacks tokens the {ManifoldDescription} uses without naming them: {Some(missing)}");
        }
    }

    private void CheckExtraTokens()
    {
        if (Emitted is null)
        {
            return;
        }

        foreach (var use in ExtraUses().Where(u => Emitted.Contains(u.Token)))
        {
            Add(use.Path, $"token '{use.Token}' is in extra_tokens but the {ManifoldDescription} can emit it; extra tokens must never be valid");
        }
    }

    /// <summary>V as semantics §1 builds it, when it is known; null when the manifold is too broken to tell.</summary>
    public HashSet<string>? Vocabulary() => spec.Vocabulary is { } closed
        ? [.. closed]
        : Emitted is null
            ? null
            : [.. Emitted, .. ImplicitTokens, .. spec.Prompt ?? [], .. spec.ExtraTokens];


    // ---- generators -------------------------------------------------------------------------

    private void CheckGenerators()
    {
        if (spec.Generators.Count == 0)
        {
            Add("generators", "a scenario needs at least one generator");
            return;
        }

        if (spec.Generators.Count > MaxGenerators)
        {
            Add("generators", Invariant($"{spec.Generators.Count:N0} generators is over the limit of {MaxGenerators} lanes"));
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Generators.Count; i++)
        {
            var generator = spec.Generators[i];
            if (!firstIndex.TryAdd(generator.Name, i))
            {
                Add(Item("generators", i) + ".name", Invariant(
                    $"generator name '{generator.Name}' is already used by generators[{firstIndex[generator.Name]}]; names must be unique"));
            }
        }

        var vocabulary = Vocabulary();
        for (var i = 0; i < spec.Generators.Count; i++)
        {
            var generator = spec.Generators[i];
            kinds.For(generator).Validate(generator, new GeneratorCheck(spec, i, ManifoldDescription, vocabulary, kinds, Problems.Add));
        }
    }

    // ---- breakpoints ------------------------------------------------------------------------

    private void CheckBreakpoints()
    {
        if (spec.Breakpoints.Count > MaxBreakpoints)
        {
            Add("breakpoints", Invariant($"{spec.Breakpoints.Count:N0} breakpoints is over the limit of {MaxBreakpoints:N0}"));
            return;
        }

        var lanes = spec.Generators.Select(g => g.Name).ToList();
        var vocabulary = Vocabulary();
        for (var i = 0; i < spec.Breakpoints.Count; i++)
        {
            var breakpoint = spec.Breakpoints[i];
            var path = Item("breakpoints", i);
            if (breakpoint.Lane is { } lane && !lanes.Contains(lane, StringComparer.Ordinal))
            {
                Add(path + ".lane", $"lane '{lane}' names no generator; generators: {Some(lanes)}");
            }

            CheckBreakpointValue(breakpoint, path + ".value", vocabulary);
        }
    }

    private void CheckBreakpointValue(BreakpointSpec breakpoint, string path, HashSet<string>? vocabulary)
    {
        switch (breakpoint.When)
        {
            case BreakpointKind.OffManifold:
                Require(breakpoint.Value is null && breakpoint.Token is null, path, "off_manifold takes no value");
                break;
            case BreakpointKind.Token when string.IsNullOrEmpty(breakpoint.Token):
                Add(path, "a token breakpoint needs the token as its value");
                break;
            case BreakpointKind.Token when vocabulary is not null && !vocabulary.Contains(breakpoint.Token!):
                Add(path, $"token '{breakpoint.Token}' is not in the vocabulary, so this breakpoint could never stop");
                break;
            case BreakpointKind.Position:
                CheckPosition(breakpoint.Value, path);
                break;
            case BreakpointKind.TokenErrorAbove or BreakpointKind.PathOffAbove or BreakpointKind.OffManifoldAbove:
                Require(breakpoint.Value is >= 0 and <= 1, path, "the value is a probability between 0 and 1");
                break;
        }
    }

    private void CheckPosition(double? value, string path)
    {
        if (value is not { } position || position < 1 || position != Math.Floor(position))
        {
            Add(path, "a position breakpoint needs a position t ≥ 1 as its value");
        }
        else if (EffectiveLength is { } length && position > length)
        {
            Add(path, Invariant($"position {position} is past the last generated token (length {length}), so this breakpoint could never stop"));
        }
    }
}

using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// The debugger as a state machine: <see cref="Execute"/> takes a command and returns an immutable
/// snapshot. Lanes are independent and step in lockstep unless a command names one. Not thread-safe:
/// one caller at a time (a UI runs long commands on a worker and waits for them).
/// </summary>
public sealed class DebuggerSession
{
    private readonly ScenarioSpec _spec;
    private readonly SessionOptions _options;
    private readonly Func<ScenarioSpec, long?, CompiledScenario> _compile;
    private CompiledScenario _scenario;
    private LaneTimeline[] _lanes = [];
    private OffManifoldCurve[] _curves = [];
    private readonly List<Breakpoint> _breakpoints;
    private int _nextBreakpointId = 1;
    private long _version;

    public DebuggerSession(ScenarioSpec spec, SessionOptions? options = null)
        : this(spec, options, (s, seed) => ScenarioCompiler.Compile(s, seed, options?.Kinds, options?.Models))
    {
    }

    /// <param name="spec">The scenario.</param>
    /// <param name="options">Knobs that are not part of the scenario.</param>
    /// <param name="compile">Compiles the spec for a seed (tests bring lanes no scenario file can name yet).</param>
    internal DebuggerSession(ScenarioSpec spec, SessionOptions? options, Func<ScenarioSpec, long?, CompiledScenario> compile)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(compile);
        _spec = spec;
        _options = options ?? new SessionOptions();
        _compile = compile;
        _scenario = compile(spec, _options.Seed);
        _breakpoints = [.. spec.Breakpoints.Select(b => new Breakpoint(_nextBreakpointId++, b.When, b.Value, b.Token, b.Lane))];
        StartLanes();
        Snapshot = MakeSnapshot(null, null);
    }

    public SessionSnapshot Snapshot { get; private set; }

    public CompiledScenario Scenario => _scenario;

    private int TopK => _options.TopK ?? _scenario.TopK;

    /// <summary>Applies a command. Throws <see cref="InvalidCommandException"/> for one that cannot apply.</summary>
    public SessionSnapshot Execute(DebuggerCommand command, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        BreakpointHit? hit = null;
        string? message = null;
        var executed = command;
        switch (command)
        {
            case StepCommand step:
                hit = StepLanes(LaneIndices(step.Lane));
                message = hit?.Describe();
                break;
            case StepBackCommand back:
                message = StepBack(back.Lane);
                break;
            case ContinueCommand run:
                int rounds;
                (hit, message, rounds) = Continue(LaneIndices(run.Lane), run.MaxRounds, cancellation, progress);
                if (cancellation.IsCancellationRequested && hit is null)
                {
                    executed = run with { MaxRounds = rounds };
                }

                break;
            case ResetCommand:
                _lanes = [.. _lanes.Select(l => l.TruncateTo(0))];
                message = "reset to t = 0";
                break;
            case SetSeedCommand seed:
                _scenario = _compile(_spec, seed.Seed);
                StartLanes();
                message = $"seed {seed.Seed}";
                break;
            case AddBreakpointCommand add:
                var added = AddBreakpoint(add);
                message = $"breakpoint {added.Id}: {added.Describe()}";
                break;
            case RemoveBreakpointCommand remove:
                if (_breakpoints.RemoveAll(b => b.Id == remove.Id) == 0)
                {
                    throw new InvalidCommandException($"no breakpoint {remove.Id}");
                }

                message = $"breakpoint {remove.Id} removed";
                break;
            case ForceTokenCommand force:
                message = Force(force);
                break;
            case ShowTraceCommand show:
                int shown;
                (message, shown) = ShowTrace(show);
                executed = show with { Index = shown };
                break;
            default:
                throw new InvalidCommandException($"unknown command {command.GetType().Name}");
        }

        Snapshot = MakeSnapshot(hit, message) with { Executed = executed };
        return Snapshot;
    }

    private void StartLanes()
    {
        var generators = _scenario.Generators
            .Where(g => _options.Lanes is null || _options.Lanes.Contains(g.Name))
            .ToArray();
        _lanes = [.. generators.Select(g => LaneTimeline.Start(g, _scenario.Seed))];
        _curves = [.. generators.Select(g => new OffManifoldCurve(g, _scenario.Seed, _options.MaxExactStates))];
    }

    private int[] LaneIndices(string? lane)
    {
        if (lane is null)
        {
            return [.. Enumerable.Range(0, _lanes.Length)];
        }

        var index = Array.FindIndex(_lanes, l => l.Generator.Name == lane);
        return index >= 0 ? [index] : throw new InvalidCommandException($"no lane named '{lane}'");
    }

    private BreakpointHit? StepLanes(int[] lanes)
    {
        BreakpointHit? hit = null;
        foreach (var i in lanes)
        {
            if (_lanes[i].Finished)
            {
                continue;
            }

            _lanes[i] = _lanes[i].Step(TopK);
            hit ??= FirstHit(i);
        }

        return hit;
    }

    private (BreakpointHit? Hit, string Message, int Rounds) Continue(
        int[] lanes, int? maxRounds, CancellationToken cancellation, IProgress<int>? progress)
    {
        var rounds = 0;
        while (lanes.Any(i => !_lanes[i].Finished))
        {
            if (cancellation.IsCancellationRequested || rounds == maxRounds)
            {
                return (null, $"continue stopped at t = {lanes.Max(i => _lanes[i].T)}", rounds);
            }

            var hit = StepLanes(lanes);
            rounds++;
            progress?.Report(lanes.Max(i => _lanes[i].T));
            if (hit is not null)
            {
                return (hit, hit.Describe(), rounds);
            }
        }

        return (null, "all lanes reached the end", rounds);
    }

    private BreakpointHit? FirstHit(int lane)
    {
        var breakpoint = _breakpoints.FirstOrDefault(b =>
            BreakpointEvaluator.Fires(b, _lanes[lane], _curves[lane], token => LaneTokenText(lane, token)));
        return breakpoint is null ? null : new BreakpointHit(breakpoint, _lanes[lane].Generator.Name, _lanes[lane].T);
    }

    private int? TokenId(string token) => _scenario.Vocabulary.TryGetId(token, out var id) ? id : null;

    /// <summary>A lane's token as text: a token breakpoint on a text lane compares its own tokenizer's text.</summary>
    private string LaneTokenText(int lane, int token) => LaneTokens.Text(_scenario, _lanes[lane].Generator.Context, token);

    private string StepBack(string? lane)
    {
        var indices = LaneIndices(lane);
        var furthest = indices.Max(i => _lanes[i].T);
        if (furthest == 0)
        {
            return "already at t = 0";
        }

        foreach (var i in indices.Where(i => _lanes[i].T == furthest))
        {
            _lanes[i] = _lanes[i].TruncateTo(furthest - 1);
        }

        return $"back to t = {furthest - 1}";
    }

    private Breakpoint AddBreakpoint(AddBreakpointCommand add)
    {
        if (add.Lane is not null)
        {
            LaneIndices(add.Lane);
        }

        var needsValue = add.Kind is BreakpointKind.TokenErrorAbove or BreakpointKind.PathOffAbove
            or BreakpointKind.OffManifoldAbove or BreakpointKind.Position;
        if (needsValue && add.Value is null)
        {
            throw new InvalidCommandException($"a {add.Kind.ToName()} breakpoint needs a value");
        }

        if (add.Kind == BreakpointKind.Token && (add.Token is null || !LaneTokens.IsToken(_scenario, add.Token, add.Lane)))
        {
            throw new InvalidCommandException($"'{add.Token}' is not a token of this scenario");
        }

        var breakpoint = new Breakpoint(_nextBreakpointId++, add.Kind, add.Value, add.Token, add.Lane);
        _breakpoints.Add(breakpoint);
        return breakpoint;
    }

    /// <summary>Force writes a position again: the lane goes back to the step before the one that wrote it.</summary>
    private string Force(ForceTokenCommand force)
    {
        var index = LaneIndices(force.Lane)[0];
        var lane = _lanes[index];
        if (lane.Generator is IForcesPositions positions && !lane.Generator.Can(LaneCapabilities.CanBranch))
        {
            return ForcePosition(index, positions, force);
        }

        if (!lane.Generator.Can(LaneCapabilities.CanBranch))
        {
            throw new InvalidCommandException(lane.Generator is IRecordedLane
                ? InvalidCommandException.RecordingCannotBranch(force.Lane)
                : InvalidCommandException.CannotBranch(force.Lane));
        }

        if (force.T < 1 || force.T > lane.Written + 1 || force.T > _scenario.Length)
        {
            throw new InvalidCommandException($"a token can be forced at t = 1..{Math.Min(lane.Written + 1, _scenario.Length)} of {force.Lane}, not {force.T}");
        }

        var token = ForcedTokenId(lane, force);
        _lanes[index] = lane.TruncateTo(lane.StepsBefore(force.T)).Step(TopK, token);
        return $"forced '{force.Token}' in {force.Lane} at t = {force.T}; the lane branches here";
    }

    /// <summary>Swaps a trace lane's generator for the same lane on another sample, back at t = 0.</summary>
    private (string Message, int Shown) ShowTrace(ShowTraceCommand show)
    {
        var index = LaneIndices(show.Lane)[0];
        if (_lanes[index].Generator is not IRecordedLane recording)
        {
            throw new InvalidCommandException(InvalidCommandException.NotRecorded(show.Lane));
        }

        var shown = show.Index ?? (recording.Shown + 1) % recording.Samples;
        if (shown < 0 || shown >= recording.Samples)
        {
            throw new InvalidCommandException($"{show.Lane} has traces 1..{recording.Samples}, not {shown + 1}");
        }

        var generator = recording.Showing(shown);
        _lanes[index] = LaneTimeline.Start(generator, _scenario.Seed);

        // The new lane's recording is the same samples, so its curve is the same fraction over all of them.
        _curves[index] = new OffManifoldCurve(generator, _scenario.Seed, _options.MaxExactStates);
        return ($"{show.Lane} shows trace {shown + 1}/{recording.Samples}, from t = 0", shown);
    }

    /// <summary>
    /// Force at a position a lane has not written yet, in its next step (a masked-diffusion lane): nothing is
    /// rewound, and a position already written is refused, since such a lane never writes a position twice.
    /// </summary>
    private string ForcePosition(int index, IForcesPositions positions, ForceTokenCommand force)
    {
        var lane = _lanes[index];
        if (ForceOf(lane, positions).Refusal(force.T) is { } reason)
        {
            throw new InvalidCommandException(reason);
        }

        var token = ForcedTokenId(lane, force);
        _lanes[index] = lane.StepForcing(TopK, new TokenWrite(force.T, token));
        return $"forced '{force.Token}' in {force.Lane} at position {force.T}; step {_lanes[index].T} committed it";
    }

    private static PositionForce ForceOf(LaneTimeline lane, IForcesPositions positions) =>
        new(positions, lane.Current, lane.Records, lane.Generator.Context.Length);

    /// <summary>
    /// The forced token's id: through the lane's own tokens when it has them (a text manifold), else the scenario
    /// vocabulary. An id given with the text picks one of several tokens that show the same text.
    /// </summary>
    private int ForcedTokenId(LaneTimeline lane, ForceTokenCommand force)
    {
        if (lane.Generator.Context.TextTokens is not { } own)
        {
            return TokenId(force.Token) ?? throw new InvalidCommandException($"'{force.Token}' is not a token of this scenario");
        }

        if (force.TokenId is int id)
        {
            return id >= 0 && id < own.Count && own.Text(id) == force.Token
                ? id
                : throw new InvalidCommandException($"token {id} of {force.Lane} is not '{force.Token}'");
        }

        for (var candidate = 0; candidate < own.Count; candidate++)
        {
            if (own.Text(candidate) == force.Token)
            {
                return candidate;
            }
        }

        throw new InvalidCommandException($"'{force.Token}' is not a token of {force.Lane}");
    }

    private SessionSnapshot MakeSnapshot(BreakpointHit? hit, string? message) => new(
        _scenario,
        [.. _lanes.Select((lane, i) => new LaneSnapshot(
            lane.Generator.Name,
            lane.Generator.Kind,
            lane.T,
            lane.Generator.Context.Length, // L, or fewer for a lane that replays a shorter recording
            lane.Records,
            lane.Tokens,
            lane.Branches,
            lane.Generator.Compute,
            _curves[i])
        {
            Positions = lane.Positions,
            Capabilities = lane.Generator.Capabilities,
            Ended = lane.Ended,
            Tolerance = lane.Generator.Context.Manifold.Tolerance,
            PositionForce = lane.Generator is IForcesPositions positions && !lane.Generator.Can(LaneCapabilities.CanBranch)
                ? ForceOf(lane, positions)
                : null,
        })],
        [.. _breakpoints],
        hit,
        message,
        ++_version);
}

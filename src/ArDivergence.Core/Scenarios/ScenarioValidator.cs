using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// Semantic checks that need the maths: cross references, vocabulary membership, task parameters,
/// limits, and whether the manifold has any valid sequence of the requested length.
/// Structural checks (types, keys, ranges) are the loader's job; this sees a well-typed spec.
/// </summary>
/// <remarks>
/// Problems are located by spec paths that follow the file as written (YAML keys, not C# names):
/// keys joined by '.', list items as <c>[i]</c> (0-based), automaton states by name, the root as "".
/// E.g. <c>length</c>, <c>prompt[2]</c>, <c>manifold.states.q[1].to</c>, <c>manifold.sequences[0].tokens[1]</c>,
/// <c>manifold.nodes</c>, <c>generators[2].inner</c>, <c>generators[0].compute.heads</c>, <c>breakpoints[0].lane</c>
/// (a breakpoint's token is its <c>value</c>: <c>breakpoints[0].value</c>).
/// </remarks>
public static class ScenarioValidator
{
    // ---- limits --------------------------------------------------------------------------------
    // Every bound a scenario must respect so that loading, compiling and stepping it cost seconds and
    // bounded memory, never an out-of-memory or a minutes-long attempt. scenarios/README.md lists them
    // (a test keeps the table and these constants in step); each message names the limit, the value
    // found and the maximum. The loader's own bounds (file size, nesting, aliases) are in ScenarioLimits.

    /// <summary>L, the number of generated tokens.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>|V|, the number of distinct tokens.</summary>
    public const int MaxVocabulary = 1_000_000;

    public const int MaxAutomatonStates = 100_000;

    /// <summary>Listed sequences of a sequences manifold.</summary>
    public const int MaxSequences = 100_000;

    /// <summary>
    /// Tokens of the listed sequences once padded to L (sequences × L): the manifold keeps a trie node (a few
    /// hundred bytes) per padded token, so 1,000,000 of them is a few hundred MB at worst.
    /// </summary>
    public const long MaxSequenceTokens = 1_000_000;

    /// <summary>An n-gram model really trains on this many sampled sequences, so it is bounded too.</summary>
    public const int MaxTrainSamples = 1_000_000;

    /// <summary>
    /// Tokens the n-gram models sample while training (train_samples × L, summed over the models):
    /// each is a draw and a count, and every distinct context costs memory.
    /// </summary>
    public const long MaxTrainingTokens = 1_000_000;

    /// <summary>
    /// An n-gram's context of order − 1 tokens is packed into 128 bits (Core's NgramContext):
    /// (order − 1) · log2(|V| + 1) must stay below this.
    /// </summary>
    public const int MaxNgramContextBits = 127;

    /// <summary>
    /// A dyck manifold numbers its stacks as nodes of a complete tree in an int:
    /// pairs^(depth + 1) must stay below this, depth = min(max_depth, L / 2) (Core's DyckManifold).
    /// </summary>
    public const int MaxDyckStacks = int.MaxValue;

    /// <summary>
    /// The state space: L × the manifold states possible at one position (automaton states, dyck stacks,
    /// 1 for the other tasks) × the lanes. Exact off_manifold visits up to this many (position, state) pairs
    /// in all (each lane has its own), about a microsecond each; the automaton's feasibility table and a
    /// factorized model's forward pass are bounded by it too.
    /// </summary>
    public const long MaxStateSpace = 10_000_000;

    /// <summary>
    /// An mpc lane over a factorized model that commits several tokens remembers the state its plan began in,
    /// so its exact off_manifold visits (position, state, origin): L × states², each several microseconds.
    /// </summary>
    public const long MaxPlanOriginStateSpace = 1_000_000;

    /// <summary>A factorized model's forward pass keeps the states possible at one position (Core's ForwardMarginals).</summary>
    public const int MaxForwardStates = Generators.ForwardMarginals.MaxStates;

    /// <summary>Lanes (generators); every step steps each of them.</summary>
    public const int MaxGenerators = 64;

    /// <summary>Breakpoints, checked at every step of every lane.</summary>
    public const int MaxBreakpoints = 1_000;

    /// <summary>KV cache bytes per position (2 · layers · kv_heads · d_head · bytes_per_value): 1 TiB, so totals fit in 64 bits.</summary>
    public const long MaxKvBytesPerPosition = 1L << 40;

    public const int MinTopK = 1;
    public const int MaxTopK = 50;

    /// <summary>The sum of two 18-digit numbers fits in a 64-bit integer.</summary>
    public const int MaxAdditionDigits = 18;

    /// <summary>x² of a 9-digit x fits in a 64-bit integer.</summary>
    public const int MaxHashThenValueDigits = 9;

    /// <summary>The FNV-1a hash has 8 hex digits.</summary>
    public const int MaxHashDigits = 8;

    /// <summary>Every problem found, each located by a spec path; empty when the scenario can run.</summary>
    public static IReadOnlyList<SpecProblem> Validate(ScenarioSpec spec) => Validate(spec, checkFeasibility: true);

    /// <summary>
    /// As <see cref="Validate(ScenarioSpec)"/>; with <paramref name="checkFeasibility"/> false the (possibly costly)
    /// "is there a valid sequence of length L" question is skipped. It is only asked when nothing else is wrong.
    /// </summary>
    public static IReadOnlyList<SpecProblem> Validate(ScenarioSpec spec, bool checkFeasibility)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var check = new Check(spec);
        check.Run();
        if (checkFeasibility && check.Problems.Count == 0 && LengthFeasibility.Check(spec) is { } infeasible)
        {
            check.Problems.Add(infeasible);
        }

        return check.Problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Item(string path, int index) => Invariant($"{path}[{index}]");

    /// <summary>A few names for a message: "q, r, s" or "q, r, s, ... (12 in all)".</summary>
    private static string Some(IReadOnlyCollection<string> names) => names.Count <= 8
        ? string.Join(", ", names)
        : Invariant($"{string.Join(", ", names.Take(8))}, ... ({names.Count} in all)");

    /// <summary>A token as written in the file, and where.</summary>
    private sealed record TokenUse(string Token, string Path);

    /// <summary>One validation run: the spec, what the manifold turned out to emit, and the problems so far.</summary>
    private sealed class Check(ScenarioSpec spec)
    {
        /// <summary>Tokens the manifold can emit; null when the manifold is too broken to tell.</summary>
        private HashSet<string>? _emitted;

        /// <summary>Tokens written in the manifold part of the file (checked against a closed vocabulary).</summary>
        private readonly List<TokenUse> _manifoldUses = [];

        /// <summary>Tokens a task puts in prompts or answers without the file naming them (digits, '=', ...).</summary>
        private readonly List<string> _implicitTokens = [];

        /// <summary>L when the manifold fixes it (sequences, most tasks).</summary>
        private int? _derivedLength;

        private string _manifoldDescription = "manifold";

        /// <summary>The most manifold states possible at one position, when the manifold fixes it without L (not dyck).</summary>
        private long? _statesAtOnePosition;

        public List<SpecProblem> Problems { get; } = [];

        private void Add(string path, string message) => Problems.Add(new SpecProblem(path, message));

        public void Run()
        {
            CheckManifold();
            CheckLength();
            CheckPrompt();
            CheckVocabulary();
            CheckExtraTokens();
            CheckGenerators();
            CheckBreakpoints();
            if (spec.Display.TopK is < MinTopK or > MaxTopK)
            {
                Add("display.top_k", Invariant($"'top_k' must be between {MinTopK} and {MaxTopK}, found {spec.Display.TopK}"));
            }

            CheckWork();
        }

        private int? EffectiveLength => _derivedLength ?? spec.Length;

        // ---- manifold ----------------------------------------------------------------------------

        private void CheckManifold()
        {
            switch (spec.Manifold)
            {
                case SequencesManifoldSpec sequences:
                    CheckSequences(sequences);
                    break;
                case AutomatonManifoldSpec automaton:
                    CheckAutomaton(automaton);
                    break;
                case CopyTaskSpec copy:
                    CheckCopy(copy);
                    break;
                case AdditionTaskSpec addition:
                    CheckAddition(addition);
                    break;
                case HashThenValueTaskSpec hash:
                    CheckHashThenValue(hash);
                    break;
                case PathStarTaskSpec pathStar:
                    CheckPathStar(pathStar);
                    break;
                case DyckTaskSpec dyck:
                    CheckDyck(dyck);
                    break;
                default:
                    Add("manifold.kind", $"unknown manifold {spec.Manifold.GetType().Name}");
                    break;
            }
        }

        private void CheckSequences(SequencesManifoldSpec manifold)
        {
            _manifoldDescription = "sequences manifold";
            if (manifold.Sequences.Count == 0)
            {
                Add("manifold.sequences", "a sequences manifold needs at least one sequence");
                return;
            }

            if (manifold.Sequences.Count > MaxSequences)
            {
                Add("manifold.sequences", Invariant($"{manifold.Sequences.Count:N0} sequences is over the limit of {MaxSequences:N0}"));
                return;
            }

            _emitted = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < manifold.Sequences.Count; i++)
            {
                var sequence = manifold.Sequences[i];
                var path = Item("manifold.sequences", i);
                if (sequence.Tokens.Count == 0)
                {
                    Add(path + ".tokens", "a sequence needs at least one token");
                }

                if (!(sequence.Weight > 0) || double.IsInfinity(sequence.Weight))
                {
                    Add(path + ".weight", "'weight' must be a finite number greater than 0");
                }

                for (var j = 0; j < sequence.Tokens.Count; j++)
                {
                    _emitted.Add(sequence.Tokens[j]);
                    _manifoldUses.Add(new TokenUse(sequence.Tokens[j], Item(path + ".tokens", j)));
                }
            }

            var longest = manifold.Sequences.Max(s => s.Tokens.Count);
            _derivedLength = longest;
            _statesAtOnePosition = manifold.Sequences.Count;
            if (manifold.Sequences.Any(s => s.Tokens.Count < longest))
            {
                _emitted.Add(ManifoldBuilder.EndOfSequence);
                _implicitTokens.Add(ManifoldBuilder.EndOfSequence);
            }
        }

        private void CheckAutomaton(AutomatonManifoldSpec manifold)
        {
            _manifoldDescription = "automaton manifold";
            if (manifold.States.Count == 0)
            {
                Add("manifold.states", "an automaton needs at least one state");
                return;
            }

            if (manifold.States.Count > MaxAutomatonStates)
            {
                Add("manifold.states", Invariant($"{manifold.States.Count:N0} states is over the limit of {MaxAutomatonStates:N0}"));
                return;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var state in manifold.States)
            {
                if (!names.Add(state.Name))
                {
                    Add("manifold.states." + state.Name, $"state '{state.Name}' is defined twice");
                }
            }

            var known = manifold.States.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
            if (!names.Contains(manifold.Start))
            {
                Add("manifold.start", $"start state '{manifold.Start}' is not one of the states ({Some(known)})");
            }

            for (var i = 0; i < (manifold.Accept?.Count ?? 0); i++)
            {
                if (!names.Contains(manifold.Accept![i]))
                {
                    Add(Item("manifold.accept", i), $"accepting state '{manifold.Accept[i]}' is not one of the states ({Some(known)})");
                }
            }

            _emitted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var state in manifold.States)
            {
                CheckMoves(state, names, known);
            }

            _statesAtOnePosition = manifold.States.Count;
        }

        private void CheckMoves(AutomatonStateSpec state, HashSet<string> names, List<string> known)
        {
            var statePath = "manifold.states." + state.Name;
            var firstMoveOnToken = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < state.Moves.Count; i++)
            {
                var move = state.Moves[i];
                var path = Item(statePath, i);
                _emitted!.Add(move.Token);
                _manifoldUses.Add(new TokenUse(move.Token, path + ".token"));
                if (!names.Contains(move.To))
                {
                    Add(path + ".to", $"move to '{move.To}', which is not one of the states ({Some(known)})");
                }

                if (firstMoveOnToken.TryGetValue(move.Token, out var first))
                {
                    Add(path + ".token", Invariant(
                        $"state '{state.Name}' already has a move on token '{move.Token}' (move {first}); the automaton must be deterministic"));
                }
                else
                {
                    firstMoveOnToken.Add(move.Token, i);
                }

                if (!(move.P > 0) || double.IsInfinity(move.P))
                {
                    Add(path + ".p", "'p' must be a finite number greater than 0");
                }
            }
        }

        private void CheckCopy(CopyTaskSpec task)
        {
            _manifoldDescription = "copy task";
            var ok = true;
            if (task.Alphabet.Count == 0)
            {
                Add("manifold.alphabet", "the copy task needs a non-empty alphabet");
                ok = false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < task.Alphabet.Count; i++)
            {
                _manifoldUses.Add(new TokenUse(task.Alphabet[i], Item("manifold.alphabet", i)));
                if (!seen.Add(task.Alphabet[i]))
                {
                    Add(Item("manifold.alphabet", i), $"token '{task.Alphabet[i]}' is listed twice in the alphabet");
                }
            }

            ok &= Require(task.N >= 1, "manifold.n", Invariant($"'n' must be at least 1, found {task.N}"));
            ok &= Require(task.N <= MaxLength, "manifold.n", Invariant($"'n' = {task.N:N0} is over the length limit of {MaxLength:N0}"));
            if (ok)
            {
                AdoptTask(task, namesItsTokens: true);
            }
        }

        private void CheckAddition(AdditionTaskSpec task)
        {
            _manifoldDescription = "addition task";
            if (Require(task.Digits is >= 1 and <= MaxAdditionDigits, "manifold.digits",
                Invariant($"'digits' must be between 1 and {MaxAdditionDigits} (the sum must fit in a 64-bit integer), found {task.Digits}")))
            {
                AdoptTask(task, namesItsTokens: false);
            }
        }

        private void CheckHashThenValue(HashThenValueTaskSpec task)
        {
            _manifoldDescription = "hash_then_value task";
            var ok = Require(task.Digits is >= 1 and <= MaxHashThenValueDigits, "manifold.digits",
                Invariant($"'digits' must be between 1 and {MaxHashThenValueDigits} (x² must fit in a 64-bit integer), found {task.Digits}"));
            ok &= Require(task.HashDigits is >= 1 and <= MaxHashDigits, "manifold.hash_digits",
                Invariant($"'hash_digits' must be between 1 and {MaxHashDigits} (the FNV-1a hash has {MaxHashDigits} hex digits), found {task.HashDigits}"));
            if (ok)
            {
                AdoptTask(task, namesItsTokens: false);
            }
        }

        private void CheckPathStar(PathStarTaskSpec task)
        {
            _manifoldDescription = "path_star task";
            var ok = Require(task.Degree >= 2, "manifold.degree", Invariant($"'degree' must be at least 2 (one arm is no choice), found {task.Degree}"));
            ok &= Require(task.PathLength >= 2, "manifold.path_length", Invariant($"'path_length' must be at least 2 (source and goal), found {task.PathLength}"));
            if (!ok)
            {
                return;
            }

            var needed = 1 + ((long)task.Degree * (task.PathLength - 1));
            ok &= Require(task.Nodes >= needed, "manifold.nodes", Invariant(
                $"'nodes' must be at least 1 + degree·(path_length − 1) = {needed:N0} so that every node of the star has its own label, found {task.Nodes:N0}"));
            ok &= Require(task.Nodes <= MaxVocabulary, "manifold.nodes", Invariant(
                $"'nodes' = {task.Nodes:N0} is over the vocabulary limit of {MaxVocabulary:N0} (every node label is a token)"));
            if (ok)
            {
                AdoptTask(task, namesItsTokens: false);
            }
        }

        private void CheckDyck(DyckTaskSpec task)
        {
            _manifoldDescription = "dyck task";
            Require(task.MaxDepth >= 1, "manifold.max_depth", Invariant($"'max_depth' must be at least 1, found {task.MaxDepth}"));
            if (!Require(task.Pairs.Count > 0, "manifold.pairs", "the dyck task needs at least one bracket pair, e.g. \"( )\""))
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < task.Pairs.Count; i++)
            {
                var pair = task.Pairs[i];
                var path = Item("manifold.pairs", i);
                _manifoldUses.Add(new TokenUse(pair.Open, path));
                _manifoldUses.Add(new TokenUse(pair.Close, path));
                if (pair.Open == pair.Close)
                {
                    Add(path, $"a bracket pair needs two different tokens, found '{pair.Open}' twice");
                }
                else if (!seen.Add(pair.Open) | !seen.Add(pair.Close))
                {
                    Add(path, $"the pair '{pair.Open} {pair.Close}' reuses a token of an earlier pair");
                }
            }

            AdoptTask(task, namesItsTokens: true);
        }

        /// <summary>
        /// Takes the task's tokens and length from <see cref="TaskGenerator"/> (what the compiler will use), once its
        /// parameters are known to be sane. Tokens the file names (an alphabet, bracket pairs) are checked where they
        /// are written; the others (digits, separators) are "implicit" and reported at the vocabulary.
        /// </summary>
        private void AdoptTask(TaskManifoldSpec task, bool namesItsTokens)
        {
            _derivedLength = TaskGenerator.DerivedLength(task);
            _emitted = [.. TaskGenerator.EmittableTokens(task)];

            // One valid continuation: one state per position. Dyck's count depends on L (see CheckWork).
            _statesAtOnePosition = task is DyckTaskSpec ? null : 1;
            if (!namesItsTokens)
            {
                _implicitTokens.AddRange(_emitted);
            }

            _implicitTokens.AddRange(TaskGenerator.PromptOnlyTokens(task));
        }

        private bool Require(bool condition, string path, string message)
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
            var lengthIsDerived = spec.Manifold is SequencesManifoldSpec or (TaskManifoldSpec and not DyckTaskSpec);
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

                if (_derivedLength is { } derived && given != derived)
                {
                    Add("length", Invariant(
                        $"'length' {given} does not match the {_manifoldDescription}, which makes {derived} tokens; leave length out (it is derived)"));
                }
            }
            else if (!lengthIsDerived)
            {
                Add("length", $"length (the number of generated tokens) is required for the {_manifoldDescription}");
            }

            if (spec.Manifold is DyckTaskSpec && spec.Length is { } dyckLength && (dyckLength < 2 || dyckLength % 2 != 0))
            {
                Add("length", Invariant($"a dyck sequence has an even length of at least 2 (every bracket closes), found {dyckLength}"));
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
                var size = _manifoldUses.Select(u => u.Token).Concat(_implicitTokens).Concat(spec.Prompt ?? []).Concat(spec.ExtraTokens)
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

            foreach (var use in PromptUses().Concat(_manifoldUses).Concat(ExtraUses()))
            {
                if (!closed.Contains(use.Token))
                {
                    Add(use.Path, $"token '{use.Token}' is not in vocabulary");
                }
            }

            var missing = _implicitTokens.Where(t => !closed.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                Add("vocabulary", $"vocabulary lacks tokens the {_manifoldDescription} uses without naming them: {Some(missing)}");
            }
        }

        private void CheckExtraTokens()
        {
            if (_emitted is null)
            {
                return;
            }

            foreach (var use in ExtraUses().Where(u => _emitted.Contains(u.Token)))
            {
                Add(use.Path, $"token '{use.Token}' is in extra_tokens but the {_manifoldDescription} can emit it; extra tokens must never be valid");
            }
        }

        /// <summary>V as semantics §1 builds it, when it is known; null when the manifold is too broken to tell.</summary>
        private HashSet<string>? Vocabulary() => spec.Vocabulary is { } closed
            ? [.. closed]
            : _emitted is null
                ? null
                : [.. _emitted, .. _implicitTokens, .. spec.Prompt ?? [], .. spec.ExtraTokens];

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

            var byName = new Dictionary<string, (int Index, GeneratorSpec Generator)>(StringComparer.Ordinal);
            for (var i = 0; i < spec.Generators.Count; i++)
            {
                var generator = spec.Generators[i];
                if (!byName.TryAdd(generator.Name, (i, generator)))
                {
                    Add(Item("generators", i) + ".name", Invariant(
                        $"generator name '{generator.Name}' is already used by generators[{byName[generator.Name].Index}]; names must be unique"));
                }
            }

            for (var i = 0; i < spec.Generators.Count; i++)
            {
                var path = Item("generators", i);
                switch (spec.Generators[i])
                {
                    case AutoregressiveGeneratorSpec autoregressive:
                        CheckAutoregressiveModel(autoregressive.Model, path + ".model");
                        CheckCompute(autoregressive.Compute, path + ".compute");
                        break;
                    case NonAutoregressiveGeneratorSpec oneShot:
                        CheckCompute(oneShot.Compute, path + ".compute");
                        break;
                    case MpcGeneratorSpec mpc:
                        CheckMpc(mpc, path, byName);
                        break;
                }
            }
        }

        private void CheckAutoregressiveModel(AutoregressiveModelSpec model, string path)
        {
            if (model is CleverHansModelSpec && spec.Manifold is not PathStarTaskSpec)
            {
                Add(path + ".kind", $"clever_hans only works on the path_star task (it exploits the star's shape), not on a {_manifoldDescription}");
            }

            if (model is NgramModelSpec { TrainSamples: > MaxTrainSamples } ngram)
            {
                Add(path + ".train_samples", Invariant($"train_samples = {ngram.TrainSamples:N0} is over the limit of {MaxTrainSamples:N0}"));
            }
        }

        /// <summary>Attention heads must split d_model evenly, and key/value heads must group the heads evenly.</summary>
        private void CheckCompute(ComputeSpec compute, string path)
        {
            if (compute.DModel < 1 || compute.Heads < 1 || compute.KvHeads < 1)
            {
                return;
            }

            // The default as ComputeConfig resolves it; the KV cache size uses d_head = d_model / heads in integers.
            var heads = compute.Heads ?? Math.Max(1, compute.DModel / 64);
            if (compute.DModel % heads != 0)
            {
                var (where, what) = compute.Heads is null
                    ? (".d_model", Invariant($"d_model {compute.DModel} is not divisible by the default heads (d_model/64 = {heads}); give heads"))
                    : (".heads", Invariant($"d_model {compute.DModel} is not divisible by heads {heads}"));
                Add(path + where, what);
                return;
            }

            if (compute.KvHeads is { } kvHeads && heads % kvHeads != 0)
            {
                Add(path + ".kv_heads", Invariant($"heads {heads} is not divisible by kv_heads {kvHeads}"));
                return;
            }

            if (compute.DFf is null && compute.DModel > int.MaxValue / 4)
            {
                Add(path + ".d_model", Invariant($"d_model {compute.DModel:N0} is too large for the default d_ff = 4·d_model (at most {int.MaxValue:N0}); give d_ff"));
            }

            var kvBytes = 2.0 * compute.Layers * (compute.KvHeads ?? heads) * (compute.DModel / heads) * compute.BytesPerValue;
            if (kvBytes > MaxKvBytesPerPosition)
            {
                Add(path, Invariant(
                    $"the KV cache needs {kvBytes:G3} bytes per position (2·layers·kv_heads·d_head·bytes_per_value), over the limit of {MaxKvBytesPerPosition:N0} (1 TiB); the compute totals would overflow"));
            }
        }

        private void CheckMpc(MpcGeneratorSpec mpc, string path, Dictionary<string, (int Index, GeneratorSpec Generator)> byName)
        {
            if (mpc.Inner == mpc.Name)
            {
                Add(path + ".inner", $"mpc '{mpc.Name}' names itself as inner; name a non-mpc generator");
            }
            else if (!byName.TryGetValue(mpc.Inner, out var inner))
            {
                var candidates = spec.Generators.Where(g => g is not MpcGeneratorSpec).Select(g => g.Name).ToList();
                Add(path + ".inner", $"inner '{mpc.Inner}' names no generator; candidates: {(candidates.Count == 0 ? "none" : Some(candidates))}");
            }
            else if (inner.Generator is MpcGeneratorSpec)
            {
                Add(path + ".inner", $"inner '{mpc.Inner}' is itself an mpc generator; mpc wraps an autoregressive or non_autoregressive generator");
            }

            Require(mpc.Commit >= 1, path + ".commit", Invariant($"commit must be at least 1, found {mpc.Commit}"));
            Require(mpc.Horizon is null or >= 1, path + ".horizon", Invariant($"horizon must be at least 1 (or null for all remaining), found {mpc.Horizon}"));
            if (mpc.Horizon is { } horizon && mpc.Commit > horizon)
            {
                Add(path + ".commit", Invariant($"commit {mpc.Commit} is more than the horizon {horizon}: a plan of {horizon} tokens cannot commit {mpc.Commit}"));
            }
        }

        // ---- work -------------------------------------------------------------------------------

        /// <summary>
        /// Bounds on what compiling and running the scenario will cost, checked once the parts they need (L, the
        /// manifold, the vocabulary) are sound: a broken part gets its own message, not a limit computed from it.
        /// </summary>
        private void CheckWork()
        {
            if (EffectiveLength is not (>= 1 and <= MaxLength) || _emitted is null || Problems.Count > 0)
            {
                return;
            }

            var length = EffectiveLength.Value;
            var lengthPath = spec.Length is null ? "manifold" : "length";
            long? states = _statesAtOnePosition;
            if (spec.Manifold is DyckTaskSpec dyck)
            {
                states = DyckStacks(dyck, length);
                if (states is null)
                {
                    return;
                }
            }

            if (spec.Manifold is SequencesManifoldSpec sequences)
            {
                // Padding is what the manifold stores; it bounds the state space as well (states at one position ≤ sequences).
                var padded = (long)sequences.Sequences.Count * length;
                Require(padded <= MaxSequenceTokens, "manifold.sequences", Invariant(
                    $"{sequences.Sequences.Count:N0} sequences padded to length {length:N0} are {padded:N0} tokens, over the limit of {MaxSequenceTokens:N0} sequence tokens; list fewer or shorter sequences"));
            }
            else if (states is { } perPosition && (double)perPosition * length * spec.Generators.Count > MaxStateSpace)
            {
                var lanes = spec.Generators.Count;
                Add(lengthPath, Invariant(
                    $"the state space is {length:N0} positions × {perPosition:N0} {StatesName()} × {lanes} lane{(lanes == 1 ? "" : "s")} = {(double)perPosition * length * lanes:N0}, over the limit of {MaxStateSpace:N0}; use a shorter length, a smaller manifold or fewer lanes"));
            }

            CheckForwardStates(states);
            CheckRememberedOrigins(states, length);
            CheckNgrams(length);
        }

        private string StatesName() => spec.Manifold switch
        {
            AutomatonManifoldSpec => "automaton states",
            DyckTaskSpec => "bracket stacks",
            _ => "states",
        };

        /// <summary>Stacks of depth 0..k (k = min(max_depth, L/2)), or null after reporting that DyckManifold cannot number them.</summary>
        private long? DyckStacks(DyckTaskSpec dyck, int length)
        {
            var depth = Math.Min(dyck.MaxDepth, length / 2);
            var pairs = dyck.Pairs.Count;

            // The same test DyckManifold makes, so the two agree at the boundary.
            if (Math.Pow(pairs, depth + 1) >= MaxDyckStacks)
            {
                Add("manifold.max_depth", Invariant(
                    $"{pairs} bracket pairs nested {depth} deep (max_depth, at most L/2) make {pairs}^{depth + 1} = {Math.Pow(pairs, depth + 1):G3} stack numbers, over the limit of {MaxDyckStacks:N0}; lower max_depth"));
                return null;
            }

            long stacks = 0;
            long level = 1;
            for (var d = 0; d <= depth; d++)
            {
                stacks += level;
                level *= pairs;
            }

            return stacks;
        }

        /// <summary>A factorized model's forward pass holds every state possible at one position.</summary>
        private void CheckForwardStates(long? states)
        {
            if (states is not > MaxForwardStates)
            {
                return;
            }

            for (var i = 0; i < spec.Generators.Count; i++)
            {
                if (spec.Generators[i] is NonAutoregressiveGeneratorSpec { Model: FactorizedModelSpec })
                {
                    Add(Item("generators", i) + ".model", Invariant(
                        $"a factorized model's forward pass would hold {states:N0} {StatesName()} at one position, over the limit of {MaxForwardStates:N0}; use a smaller manifold or a joint model"));
                }
            }
        }

        /// <summary>
        /// An mpc lane over a factorized model that commits more than one token remembers the state its plan began
        /// in, so exact off_manifold tracks (state, origin) pairs: up to states² keys a step.
        /// </summary>
        private void CheckRememberedOrigins(long? states, int length)
        {
            if (states is not { } perPosition || (double)perPosition * perPosition * length <= MaxPlanOriginStateSpace)
            {
                return;
            }

            for (var i = 0; i < spec.Generators.Count; i++)
            {
                if (spec.Generators[i] is MpcGeneratorSpec mpc && Inner(mpc) is NonAutoregressiveGeneratorSpec { Model: FactorizedModelSpec }
                    && Math.Min(mpc.Commit, mpc.Horizon ?? int.MaxValue) > 1)
                {
                    Add(Item("generators", i), Invariant(
                        $"the state space of this lane is {length:N0} positions × {perPosition:N0}² (state, plan origin) pairs = {(double)perPosition * perPosition * length:N0}, over the limit of {MaxPlanOriginStateSpace:N0}: an mpc lane over a factorized model that commits several tokens remembers where its plan began; use commit: 1, a shorter length or a smaller manifold"));
                }
            }
        }

        private void CheckNgrams(int length)
        {
            var vocabularySize = Vocabulary()?.Count;
            var training = new List<(int Index, double Tokens)>();
            for (var i = 0; i < spec.Generators.Count; i++)
            {
                if (spec.Generators[i] is not AutoregressiveGeneratorSpec { Model: NgramModelSpec ngram })
                {
                    continue;
                }

                var path = Item("generators", i) + ".model";
                if (vocabularySize is { } size && NgramContextBits(ngram.Order, size) >= MaxNgramContextBits)
                {
                    var largest = LargestNgramOrder(size);
                    Add(path + ".order", Invariant(
                        $"an ngram of order {ngram.Order:N0} over {size:N0} tokens needs {NgramContextBits(ngram.Order, size):N0} bits of context ((order − 1)·log2(|V| + 1)), over the limit of {MaxNgramContextBits}; the largest order here is {largest}"));
                }

                // The lane trains its model, and so does an mpc listed before it that wraps it (it cannot reuse one not built yet).
                var trainings = 1 + spec.Generators.Take(i).Count(g => g is MpcGeneratorSpec mpc && mpc.Inner == spec.Generators[i].Name);
                training.Add((i, trainings * (double)ngram.TrainSamples * length));
            }

            var total = training.Sum(t => t.Tokens);
            if (total > MaxTrainingTokens)
            {
                var (index, tokens) = training.MaxBy(t => t.Tokens);
                Add(Item("generators", index) + ".model.train_samples", Invariant(
                    $"the ngram models would sample {total:N0} training tokens (train_samples × length {length:N0}; this one {tokens:N0}), over the limit of {MaxTrainingTokens:N0} training tokens; lower train_samples"));
            }
        }

        /// <summary>(order − 1)·log2(|V| + 1), the bits NgramContext needs.</summary>
        private static double NgramContextBits(int order, int vocabularySize) => Math.Log2(vocabularySize + 1.0) * (order - 1);

        private static int LargestNgramOrder(int vocabularySize)
        {
            var order = 1;
            while (NgramContextBits(order + 1, vocabularySize) < MaxNgramContextBits)
            {
                order++;
            }

            return order;
        }

        private GeneratorSpec? Inner(MpcGeneratorSpec mpc) => spec.Generators.FirstOrDefault(g => g.Name == mpc.Inner);

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
}

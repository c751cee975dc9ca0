using System.Collections.Concurrent;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// p_t(v) = (1−ε_t)·P*(v|x&lt;t) + ε_t·noise(v); noise is uniform over V \ A(x&lt;t) (or the oracle
/// itself when that set is empty) or uniform over V. Off the manifold P* is undefined, and the
/// model babbles uniformly over V.
/// </summary>
public sealed class NoisyOracleModel : IAutoregressiveModel
{
    private readonly GenerationContext _context;
    private readonly ErrorSchedule _error;
    private readonly NoiseMode _noise;
    private readonly TokenDistribution _uniform;
    private readonly ConcurrentDictionary<MoveSet, TokenDistribution> _constantErrorCache = new();
    private readonly ConcurrentDictionary<MoveSet, OracleStepTable> _stepTables = new();

    private readonly double _afterError;

    /// <param name="afterError">
    /// κ of self-conditioning (semantics §13): ε_t is multiplied by κ^j, j = the invalid tokens so far on a
    /// tolerant manifold, and capped at 1; 1 leaves ε_t as it is.
    /// </param>
    public NoisyOracleModel(GenerationContext context, ErrorSchedule error, NoiseMode noise, double afterError = 1.0)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _error = error;
        _noise = noise;
        _afterError = afterError;
        _uniform = TokenDistribution.Uniform(context.VocabularySize);
    }

    public UInt128 InitialContext => 0;

    public TokenDistribution Next(int manifoldState, UInt128 context, int t)
    {
        if (manifoldState == ManifoldState.Off)
        {
            return _uniform;
        }

        // A tolerant manifold gives each count j of invalid tokens its own move sets, so the cache stays right.
        var moves = _context.Manifold.Moves(manifoldState, t);
        if (moves.IsEmpty)
        {
            // A dead end (reachable only on a tolerant manifold, after invalid tokens used up positions): P* is
            // undefined as off the manifold, and every token is invalid.
            return _uniform;
        }

        var invalid = _context.Manifold.InvalidSoFar(manifoldState);
        return _error.IsConstant
            ? _constantErrorCache.GetOrAdd(moves, m => Build(m, Conditioned(_error.At(1), invalid)))
            : Build(moves, Conditioned(_error.At(t), invalid));
    }

    /// <summary>min(1, ε·κ^j); ε itself when j = 0 or κ = 1, so those cases are the plain oracle to the bit.</summary>
    private double Conditioned(double error, int invalid) =>
        invalid == 0 || _afterError == 1.0 ? error : Math.Min(1.0, error * Math.Pow(_afterError, invalid));

    public UInt128 Advance(UInt128 context, int token) => 0;

    /// <summary>With constant ε, p_t depends on t only through the manifold's moves.</summary>
    public int StepClass(int t) => _error.IsConstant ? 0 : t;

    /// <summary>Whether ε is the same at every step (then the step tables below apply).</summary>
    public bool HasConstantError => _error.IsConstant;

    /// <summary>The Monte Carlo view of one on-manifold state (constant ε only).</summary>
    public OracleStepTable StepTable(MoveSet moves) => _stepTables.GetOrAdd(moves, m =>
    {
        var distribution = _constantErrorCache.GetOrAdd(m, x => Build(x, _error.At(1)));
        var valid = new double[m.Count];
        distribution.ProbabilitiesOf(m.Tokens, valid);
        return new OracleStepTable(distribution.MassOutside(m.Tokens), m, valid);
    });

    private TokenDistribution Build(MoveSet moves, double error) => _noise == NoiseMode.Invalid
        ? TruthMixtures.WithInvalidNoise(moves, error)
        : moves.Truth.WithUniformNoise(error);
}

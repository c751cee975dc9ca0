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

    public NoisyOracleModel(GenerationContext context, ErrorSchedule error, NoiseMode noise)
    {
        _context = context;
        _error = error;
        _noise = noise;
        _uniform = TokenDistribution.Uniform(context.VocabularySize);
    }

    public UInt128 InitialContext => 0;

    public TokenDistribution Next(int manifoldState, UInt128 context, int t)
    {
        if (manifoldState == ManifoldState.Off)
        {
            return _uniform;
        }

        var moves = _context.Manifold.Moves(manifoldState, t);
        return _error.IsConstant
            ? _constantErrorCache.GetOrAdd(moves, m => Build(m, _error.At(1)))
            : Build(moves, _error.At(t));
    }

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

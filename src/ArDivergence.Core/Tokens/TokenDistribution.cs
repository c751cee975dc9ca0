namespace ArDivergence.Core.Tokens;

/// <summary>
/// A distribution over the vocabulary in the one shape every model here has:
/// a sparse part plus a uniform part, p(v) = sparse(v) + w / |U| for v in U, where U is the
/// whole vocabulary minus an excluded set. Keeping the two parts apart lets the error mass of a
/// token set be computed exactly (no 1 − Σ cancellation) and in time proportional to the sparse
/// part and the set, not to |V|.
/// </summary>
public sealed class TokenDistribution
{
    private readonly int[] _sparseTokens;
    private readonly double[] _sparseProbabilities;
    private readonly double[] _sparseCumulative;
    private readonly int[] _excluded;
    private readonly int _uniformCount;

    private TokenDistribution(int vocabularySize, int[] sparseTokens, double[] sparseProbabilities, double uniformMass, int[] excluded)
    {
        VocabularySize = vocabularySize;
        _sparseTokens = sparseTokens;
        _sparseProbabilities = sparseProbabilities;
        _excluded = excluded;
        _uniformCount = vocabularySize - excluded.Length;
        UniformMass = _uniformCount > 0 ? uniformMass : 0.0;
        _sparseCumulative = new double[sparseTokens.Length];
        var sum = 0.0;
        for (var i = 0; i < sparseProbabilities.Length; i++)
        {
            sum += sparseProbabilities[i];
            _sparseCumulative[i] = sum;
        }

        SparseMass = sum;
    }

    public int VocabularySize { get; }

    /// <summary>Total mass of the sparse part.</summary>
    public double SparseMass { get; }

    /// <summary>Total mass spread uniformly over U.</summary>
    public double UniformMass { get; }

    /// <summary>Number of tokens in the sparse part.</summary>
    public int SparseCount => _sparseTokens.Length;

    /// <summary>
    /// Builds a distribution. <paramref name="sparseTokens"/> must be sorted ascending and unique,
    /// <paramref name="excludedFromUniform"/> sorted ascending and unique; masses are taken as given.
    /// </summary>
    public static TokenDistribution Create(
        int vocabularySize,
        int[] sparseTokens,
        double[] sparseProbabilities,
        double uniformMass,
        int[] excludedFromUniform)
    {
        ArgumentNullException.ThrowIfNull(sparseTokens);
        ArgumentNullException.ThrowIfNull(sparseProbabilities);
        ArgumentNullException.ThrowIfNull(excludedFromUniform);
        if (sparseTokens.Length != sparseProbabilities.Length)
        {
            throw new ArgumentException("sparse tokens and probabilities differ in length");
        }

        return new TokenDistribution(vocabularySize, sparseTokens, sparseProbabilities, uniformMass, excludedFromUniform);
    }

    /// <summary>The uniform distribution over all of V.</summary>
    public static TokenDistribution Uniform(int vocabularySize) => new(vocabularySize, [], [], 1.0, []);

    /// <summary>All mass on one token.</summary>
    public static TokenDistribution PointMass(int vocabularySize, int token) =>
        new(vocabularySize, [token], [1.0], 0.0, []);

    /// <summary>(1−ε)·this + ε·uniform over V.</summary>
    public TokenDistribution WithUniformNoise(double error)
    {
        if (UniformMass > 0 && _excluded.Length > 0)
        {
            throw new InvalidOperationException("uniform noise over V cannot be added to a uniform part with exclusions");
        }

        var scaled = new double[_sparseProbabilities.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = (1.0 - error) * _sparseProbabilities[i];
        }

        return new TokenDistribution(VocabularySize, _sparseTokens, scaled, ((1.0 - error) * UniformMass) + error, []);
    }

    /// <summary>
    /// The valid tokens' probabilities times <paramref name="validScale"/> and every other token's times
    /// <paramref name="invalidScale"/> (a verifier's effective distribution; the caller makes the masses sum
    /// to 1). The valid tokens' uniform shares move into the sparse part, so the two scales stay exact.
    /// </summary>
    public TokenDistribution Reweighted(ReadOnlySpan<int> sortedValid, double validScale, double invalidScale)
    {
        var uniformShare = UniformMass > 0 ? UniformMass / _uniformCount : 0.0;
        var tokens = new List<int>(_sparseTokens.Length + sortedValid.Length);
        var probabilities = new List<double>(_sparseTokens.Length + sortedValid.Length);
        var excluded = new SortedSet<int>(_excluded);
        int s = 0, a = 0;
        while (s < _sparseTokens.Length || a < sortedValid.Length)
        {
            var fromSparse = a >= sortedValid.Length || (s < _sparseTokens.Length && _sparseTokens[s] <= sortedValid[a]);
            var token = fromSparse ? _sparseTokens[s] : sortedValid[a];
            var valid = a < sortedValid.Length && sortedValid[a] == token;
            var p = s < _sparseTokens.Length && _sparseTokens[s] == token ? _sparseProbabilities[s] : 0.0;
            if (valid && uniformShare > 0 && excluded.Add(token))
            {
                p += uniformShare;
            }

            if (p > 0)
            {
                tokens.Add(token);
                probabilities.Add(p * (valid ? validScale : invalidScale));
            }

            s += s < _sparseTokens.Length && _sparseTokens[s] == token ? 1 : 0;
            a += valid ? 1 : 0;
        }

        var uniformMass = uniformShare * (VocabularySize - excluded.Count) * invalidScale;
        return new TokenDistribution(VocabularySize, [.. tokens], [.. probabilities], uniformMass, [.. excluded]);
    }

    /// <summary>The probability of one token.</summary>
    public double Probability(int token)
    {
        var p = 0.0;
        var i = Array.BinarySearch(_sparseTokens, token);
        if (i >= 0)
        {
            p += _sparseProbabilities[i];
        }

        if (UniformMass > 0 && Array.BinarySearch(_excluded, token) < 0)
        {
            p += UniformMass / _uniformCount;
        }

        // The two parts are stored apart; their sum may round a hair above 1.
        return Math.Min(p, 1.0);
    }

    /// <summary>
    /// Probabilities of each token of <paramref name="sortedTokens"/> (ascending), written to
    /// <paramref name="output"/>, by one merge walk.
    /// </summary>
    public void ProbabilitiesOf(ReadOnlySpan<int> sortedTokens, Span<double> output)
    {
        var uniformShare = UniformMass > 0 ? UniformMass / _uniformCount : 0.0;
        int s = 0, e = 0;
        for (var i = 0; i < sortedTokens.Length; i++)
        {
            var token = sortedTokens[i];
            while (s < _sparseTokens.Length && _sparseTokens[s] < token)
            {
                s++;
            }

            while (e < _excluded.Length && _excluded[e] < token)
            {
                e++;
            }

            var p = s < _sparseTokens.Length && _sparseTokens[s] == token ? _sparseProbabilities[s] : 0.0;
            if (uniformShare > 0 && !(e < _excluded.Length && _excluded[e] == token))
            {
                p += uniformShare;
            }

            output[i] = Math.Min(p, 1.0);
        }
    }

    /// <summary>
    /// The total probability of the tokens NOT in <paramref name="sortedTokens"/> — the error mass
    /// when that set is the valid set. Computed from the invalid tokens directly, so an error of
    /// 1e-12 is returned as 1e-12, not as 1 − (1 − 1e-12).
    /// </summary>
    public double MassOutside(ReadOnlySpan<int> sortedTokens)
    {
        var sparseOutside = 0.0;
        var j = 0;
        for (var s = 0; s < _sparseTokens.Length; s++)
        {
            var token = _sparseTokens[s];
            while (j < sortedTokens.Length && sortedTokens[j] < token)
            {
                j++;
            }

            if (j >= sortedTokens.Length || sortedTokens[j] != token)
            {
                sparseOutside += _sparseProbabilities[s];
            }
        }

        if (UniformMass <= 0)
        {
            return sparseOutside;
        }

        var insideAndExcluded = CountCommon(sortedTokens, _excluded);
        var uniformInside = sortedTokens.Length - insideAndExcluded;
        var uniformOutside = _uniformCount - uniformInside;
        return sparseOutside + (UniformMass * uniformOutside / _uniformCount);
    }

    /// <summary>Draws a token with one uniform number u in [0, 1).</summary>
    public int Sample(double u)
    {
        var total = SparseMass + UniformMass;
        var x = u * total;
        if (x < SparseMass || UniformMass <= 0)
        {
            var i = Array.BinarySearch(_sparseCumulative, x);
            i = i < 0 ? ~i : i + 1;
            return _sparseTokens[Math.Min(i, _sparseTokens.Length - 1)];
        }

        var k = (long)((x - SparseMass) / UniformMass * _uniformCount);
        return NthUniformToken((int)Math.Clamp(k, 0, _uniformCount - 1));
    }

    /// <summary>
    /// The k most probable tokens, most probable first; ties go to the lower token id so the
    /// listing is the same on every run.
    /// </summary>
    public IReadOnlyList<ScoredToken> TopK(int k)
    {
        if (k <= 0)
        {
            return [];
        }

        var best = new TopKSelector(k);
        var uniformShare = UniformMass > 0 ? UniformMass / _uniformCount : 0.0;
        for (var s = 0; s < _sparseTokens.Length; s++)
        {
            var token = _sparseTokens[s];
            var p = _sparseProbabilities[s];
            if (uniformShare > 0 && Array.BinarySearch(_excluded, token) < 0)
            {
                p += uniformShare;
            }

            best.Offer(token, p);
        }

        if (uniformShare > 0)
        {
            // Only the lowest-id uniform tokens can make the list: they all share one probability.
            var offered = 0;
            var s = 0;
            var e = 0;
            for (var token = 0; token < VocabularySize && offered < k; token++)
            {
                while (e < _excluded.Length && _excluded[e] < token)
                {
                    e++;
                }

                while (s < _sparseTokens.Length && _sparseTokens[s] < token)
                {
                    s++;
                }

                var isExcluded = e < _excluded.Length && _excluded[e] == token;
                var isSparse = s < _sparseTokens.Length && _sparseTokens[s] == token;
                if (!isExcluded && !isSparse)
                {
                    best.Offer(token, uniformShare);
                    offered++;
                }
            }
        }

        return best.Result();
    }

    private int NthUniformToken(int n)
    {
        // The n-th token of V that is not excluded: shift n past every excluded id at or below it.
        var token = n;
        foreach (var excluded in _excluded)
        {
            if (excluded <= token)
            {
                token++;
            }
            else
            {
                break;
            }
        }

        return token;
    }

    private static int CountCommon(ReadOnlySpan<int> a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}

using ArDivergence.Core.Text;
using CsCheck;

namespace ArDivergence.Core.Tests.Text;

/// <summary>The token index against a scan of the whole vocabulary, from many threads at once, and its limit.</summary>
public class TokenIndexTests
{
    [Fact]
    public void Moves_equal_a_scan_of_every_token_and_agree_across_threads()
    {
        var vocabulary = TinyTextVocabulary.Create();
        RandomPatterns.Pattern.Sample(pattern =>
        {
            var dfa = TextPatterns.Regex(pattern, ignoreCase: false);
            var shared = new TokenIndex(dfa, vocabulary);
            var results = new (int[] Tokens, int[] Next, int Distance)[8, dfa.StateCount];
            Parallel.For(0, 8, worker =>
            {
                for (var q = 0; q < dfa.StateCount; q++)
                {
                    var state = (q + worker) % dfa.StateCount;
                    var moves = shared.Moves(state);
                    results[worker, state] = (moves.Tokens, moves.NextStates, shared.Distance(state));
                }
            });

            var fresh = new TokenIndex(dfa, vocabulary);
            for (var q = 0; q < dfa.StateCount; q++)
            {
                var scan = TinyTextVocabulary.Ordinary(vocabulary)
                    .Select(v => (Token: v, Next: dfa.Run(q, vocabulary.Bytes(v))))
                    .Where(m => m.Next != ByteDfa.Dead)
                    .ToArray();
                for (var worker = 0; worker < 8; worker++)
                {
                    Assert.Equal(scan.Select(m => m.Token), results[worker, q].Tokens);
                    Assert.Equal(scan.Select(m => m.Next), results[worker, q].Next);
                    Assert.Equal(fresh.Distance(q), results[worker, q].Distance);
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void An_index_beyond_its_entry_limit_is_refused_with_a_message()
    {
        var index = new TokenIndex(TextPatterns.Regex(".*", ignoreCase: false), TinyTextVocabulary.Create(), maxEntries: 3);

        var error = Assert.Throws<ScenarioLimitException>(() => index.Moves(index.Dfa.Start));
        Assert.Contains("more than 3 (state, token) entries", error.Message, StringComparison.Ordinal);
    }
}

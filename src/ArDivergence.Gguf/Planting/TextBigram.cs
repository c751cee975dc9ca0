using System.Text;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Text;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// The planted model of a text scenario (`planted:text`, docs/semantics.md "Planted text models"): a bigram over
/// bytes plus EOS, fitted to <see cref="Samples"/> strings drawn from the scenario's language with the training stream
/// of (seed, "planted:text"). A string is drawn by a walk on the byte automaton: at each byte, uniformly among
/// stopping (when the text matches) and every byte after which the text can still match within the L-byte budget.
/// Each string is read as the pairs (c, b₁), (b₁, b₂), …, (bₙ, EOS), where c is the prompt's last byte (a space for
/// the prompt's last "▁") or BOS for an empty prompt; the row of a previous token is (count + α) / (total + 257·α)
/// over the 256 bytes and EOS (add-α smoothing, α = <see cref="Smoothing"/>), so every byte has some probability.
/// </summary>
public sealed class TextBigram
{
    /// <summary>Strings sampled from the language.</summary>
    public const int Samples = 1000;

    /// <summary>The add-α pseudo-count of every (previous, next) pair.</summary>
    public const double Smoothing = 0.01;

    /// <summary>The next "token" index of EOS in a row (after the 256 bytes).</summary>
    public const int EndOfText = 256;

    /// <summary>The previous "token" of an empty prompt's first draw: BOS.</summary>
    public const int Start = 256;

    /// <summary>The lane name the training stream and the cache file are keyed by.</summary>
    public const string LaneName = "planted:text";

    private TextBigram(string scenarioName, double[][] rows)
    {
        ScenarioName = scenarioName;
        Rows = rows;
    }

    public string ScenarioName { get; }

    /// <summary>Rows 0..255 after a byte, row 256 after BOS; each over bytes 0..255 then EOS (257 entries).</summary>
    public IReadOnlyList<double[]> Rows { get; }

    public static TextBigram Fit(string scenarioName, TextLanguage language, long seed)
    {
        ArgumentNullException.ThrowIfNull(language);
        var dfa = language.Dfa;
        if (dfa.BytesToAccept(dfa.Start) > language.Length)
        {
            throw new PlantingException($"no text of the language fits in {language.Length} bytes, so a byte-level model cannot be fitted to it");
        }

        var counts = new double[257][];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new double[257];
        }

        var toAccept = Enumerable.Range(0, dfa.StateCount).Select(dfa.BytesToAccept).ToArray();
        var prompt = Encoding.UTF8.GetBytes(language.Prompt);
        var first = prompt.Length == 0 ? Start : prompt[^1];
        var random = StreamKeys.ForTraining(seed, LaneName);
        var options = new List<int>();
        for (var s = 0; s < Samples; s++)
        {
            var previous = first;
            var state = dfa.Start;
            for (var remaining = language.Length; ; remaining--)
            {
                options.Clear();
                if (dfa.IsAccepting(state))
                {
                    options.Add(EndOfText);
                }

                for (var b = 0; b < 256 && remaining > 0; b++)
                {
                    var next = dfa.Next(state, (byte)b);
                    if (dfa.IsAlive(next) && toAccept[next] >= 0 && toAccept[next] <= remaining - 1)
                    {
                        options.Add(b);
                    }
                }

                var chosen = options[random.NextInt(options.Count)];
                counts[previous][chosen]++;
                if (chosen == EndOfText)
                {
                    break;
                }

                previous = chosen;
                state = dfa.Next(state, (byte)chosen);
            }
        }

        var rows = counts.Select(row =>
        {
            var total = row.Sum() + (row.Length * Smoothing);
            return row.Select(c => (c + Smoothing) / total).ToArray();
        }).ToArray();
        return new TextBigram(scenarioName, rows);
    }
}

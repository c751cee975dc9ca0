using ArDivergence.Tui.Tests.Recording;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>`ardiv validate` prints notes as FILE:LINE:COL: note: and still exits 0 (issue 10, item 12).</summary>
public class ValidateNoteTests
{
    [Fact]
    public void Sequences_of_different_lengths_validate_with_a_note_and_exit_0()
    {
        using var folder = new TempFolder();
        var path = folder.File("padded.yaml");
        File.WriteAllText(path, "name: padded\nmanifold:\n  kind: sequences\n  sequences: [a b c, a]\ngenerators:\n  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0}}\n");
        var (exit, output, error) = CliRunner.Run("validate", path);
        Assert.Equal(0, exit);
        Assert.Contains($"{path}: ok", output, StringComparison.Ordinal);
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(path) + @":4:\d+: note: .*<eos>", error);
    }
}

using System.Diagnostics;
using System.Text;

namespace ArDivergence.Scenarios.Tests;

/// <summary>Files that are not scenarios at all, or that try to cost a lot: one clear error each, fast.</summary>
public sealed class HostileInputTests
{
    /// <summary>
    /// A hang detector, not a performance bound (those are benchmarks): a refusal takes milliseconds, an
    /// attack that got through would take minutes or exhaust memory, so the bound holds on a loaded machine.
    /// </summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    public void Empty_file_is_one_error(string text)
    {
        Load.SingleError(text, 1, 1, "the file is empty");
    }

    [Fact]
    public void Empty_document_is_one_error()
    {
        Load.SingleError("---\n", 1, 1, "the file is empty");
    }

    [Fact]
    public void Bare_scalar_is_not_a_scenario()
    {
        Load.SingleError("hello world\n", 1, 1, "a scenario file is a mapping", "found the string 'hello world'");
    }

    [Fact]
    public void Top_level_list_is_not_a_scenario()
    {
        Load.SingleError("- name: t\n- name: u\n", 1, 1, "a scenario file is a mapping", "found a list");
    }

    [Fact]
    public void Broken_yaml_is_reported_where_the_parser_stopped()
    {
        Load.SingleError("name: t\nmanifold: {kind: sequences\n", 3, 1, "not valid YAML");
    }

    [Fact]
    public void Tab_indentation_is_reported()
    {
        Load.SingleError("manifold:\n\tkind: task\n", 2, 1, "not valid YAML");
    }

    [Fact]
    public void Binary_junk_is_one_error_at_the_first_bad_character()
    {
        Load.SingleError("name: t\nab\u0001\u0002\u0000", 2, 3, "U+0001", "binary");
    }

    [Fact]
    public void Invalid_utf8_is_one_error_with_its_position()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "name: t\ntitle: caf"u8, 0xC3, 0x28, .. "\n"u8]);
            var result = ScenarioLoader.LoadFile(path);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(path, diagnostic.File);
            Assert.Equal((2, 11), (diagnostic.Line, diagnostic.Column));
            Assert.Contains("not valid UTF-8 (byte 0xC3 at offset 18)", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, ScenarioText.Minimal, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var result = ScenarioLoader.LoadFile(path);
            Assert.True(result.Succeeded, Load.Describe(result));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_is_one_error()
    {
        var result = ScenarioLoader.LoadFile("/nonexistent/dir/scenario.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("/nonexistent/dir/scenario.yaml:1:1: error: cannot read the file", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Oversize_file_is_rejected_before_parsing()
    {
        var path = Path.GetTempFileName();
        try
        {
            // Not even YAML: if it were parsed, the error would be a different one.
            File.WriteAllBytes(path, Enumerable.Repeat((byte)'[', ScenarioLimits.MaxFileBytes + 1).ToArray());
            var watch = Stopwatch.StartNew();
            var result = ScenarioLoader.LoadFile(path);
            Assert.True(watch.Elapsed < Fast, $"took {watch.Elapsed}");
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Contains("limited to 1,048,576 bytes (1 MiB)", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Oversize_text_is_rejected_before_parsing()
    {
        Load.SingleError(new string('#', ScenarioLimits.MaxFileBytes + 1), 1, 1, "limited to 1,048,576 bytes");
    }

    [Fact]
    public void Alias_bomb_is_rejected_fast_at_the_alias()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 30; i++)
        {
            var alias = $"*a{i - 1}";
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(alias, 10))}]\n");
        }

        // a1..a3 add 12,330 nodes; each *a3 on line 5 adds 11,111, so the 8th (column 45) crosses 100,000.
        var watch = Stopwatch.StartNew();
        var diagnostic = Load.SingleError(text.ToString(), 5, 45, "aliases expand to more than 100,000 nodes", "billion laughs");
        Assert.True(watch.Elapsed < Fast, $"took {watch.Elapsed}");
        Assert.Contains("*a3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_aliases_are_allowed()
    {
        var spec = Load.Valid("""
            name: t
            manifold: {kind: sequences, sequences: [a b]}
            generators:
              - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: &e 0.1}}
              - {name: ar2, kind: autoregressive, model: {kind: noisy_oracle, error: *e}}
            """);
        Assert.Equal(2, spec.Generators.Count);
    }

    [Fact]
    public void Alias_to_a_missing_anchor_is_reported()
    {
        Load.SingleError("name: *nowhere\n", 1, 7, "alias *nowhere refers to no anchor");
    }

    [Fact]
    public void Alias_inside_its_own_anchor_is_reported()
    {
        Load.SingleError("name: &a [*a]\n", 1, 11, "alias *a refers to a node that contains it");
    }

    [Theory]
    [InlineData("name: !foo t\n", 1, 7, "'!foo'")]
    [InlineData("name: !!python/object:os.system t\n", 1, 7, "python/object")]
    [InlineData("name: !!str t\n", 1, 7, "tag:yaml.org,2002:str")]
    [InlineData("manifold: !!map {kind: task}\n", 1, 11, "tag:yaml.org,2002:map")]
    public void Tags_are_not_allowed(string text, int line, int column, string tag)
    {
        Load.SingleError(text, line, column, "tags are not allowed", tag);
    }

    [Fact]
    public void Every_tag_in_the_file_is_listed()
    {
        var result = Load.Text("name: !a t\ntitle: !b u\n");
        Assert.Equal(2, result.Diagnostics.Count);
        Load.HasError(result, 1, 7, "'!a'");
        Load.HasError(result, 2, 8, "'!b'");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(500_000)]
    public void Deep_nesting_is_rejected_without_crashing(int depth)
    {
        var watch = Stopwatch.StartNew();
        Load.SingleError(new string('[', depth), 1, ScenarioLimits.MaxDepth + 1, "nested more than 64 levels deep");
        Assert.True(watch.Elapsed < Fast, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deep_block_nesting_is_rejected_without_crashing()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            text.Append(' ', i).Append("k:\n");
        }

        var result = Load.Text(text.ToString());
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("nested more than 64 levels deep", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_document_is_rejected()
    {
        Load.SingleError(ScenarioText.Minimal + "---\nname: u\n", 7, 1, "one YAML document");
    }

    [Fact]
    public void Complex_key_is_rejected()
    {
        var result = Load.Text("? [a, b]\n: 1\n" + ScenarioText.Minimal);
        Load.HasError(result, 1, 3, "a key must be a plain word, not a list");
    }
}

using ArDivergence.Gguf.Format;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>Every way a real-model lane's file can be wrong: one line naming the file, exit code 2, no crash.</summary>
public class RealModelBadInputTests
{
    [Fact]
    public void A_missing_model_file_is_one_line_naming_it()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: nowhere.gguf}");
        AssertOneLineError(Run(scenario), $"{scenario.InFolder("nowhere.gguf")}: no such model file");
    }

    [Fact]
    public void A_file_that_is_not_GGUF_is_one_line_naming_it()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: notes.txt}");
        File.WriteAllText(scenario.InFolder("notes.txt"), "hello, not a model");
        AssertOneLineError(Run(scenario), $"{scenario.InFolder("notes.txt")}: not a GGUF file (it does not start with the bytes 'GGUF')");
    }

    [Fact]
    public void An_architecture_llama_cpp_does_not_know_is_one_line_naming_it()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: odd.gguf}");
        File.WriteAllBytes(
            scenario.InFolder("odd.gguf"),
            GgufWriter.ToBytes([new("general.architecture", GgufValue.Text("not-a-transformer")), new("general.name", GgufValue.Text("odd"))], []));
        AssertOneLineError(Run(scenario), $"{scenario.InFolder("odd.gguf")}: llama.cpp cannot load this model (architecture 'not-a-transformer': unsupported or the file is damaged)");
    }

    [Fact]
    public void A_context_too_small_for_prompt_and_length_is_one_line_naming_the_file()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: \"planted:invalid\", context: 20}");
        var (exit, _, error) = Run(scenario);
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Matches(@"^ardiv: error: /.*\.gguf: context 20 is too small for lane 'real': the prompt takes 1 positions and length 30 more; set model\.context to at least 31$", error.TrimEnd());
    }

    [Fact]
    public void A_token_of_the_manifold_the_model_lacks_is_one_line_naming_the_file_and_the_token()
    {
        // Plant the model of lecun-iid's lane, then run it on a scenario whose vocabulary also has y.
        using var planted = new PlantedScenario();
        var spec = planted.Spec();
        var path = ((Core.Specs.GgufModelSpec)((Core.Specs.AutoregressiveGeneratorSpec)spec.Generators[1]).Model).Path;
        using var scenario = new PlantedScenario(realModel: $"{{kind: gguf, path: \"{path}\"}}", extraTokens: "[x, y]");
        AssertOneLineError(
            Run(scenario),
            $"{path}: the model has no token 'y'; on a token manifold every token of the vocabulary must be a token of the model, matched by its text");
    }

    [Fact]
    public void A_model_override_for_a_lane_without_a_gguf_model_is_a_usage_error()
    {
        using var scenario = new PlantedScenario();
        var (exit, _, error) = CliRunner.Run("run", scenario.File, "--model", "invalid=/tmp/x.gguf");
        Assert.Equal(2, exit);
        Assert.StartsWith("ardiv: error: --model invalid=/tmp/x.gguf: no lane named 'invalid' runs a gguf model (lanes with a gguf model: real)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_override_replaces_the_path_in_every_verb()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: nowhere.gguf}");
        var missing = scenario.InFolder("elsewhere.gguf");
        foreach (var verb in new[] { "run", "estimate", "validate" })
        {
            var (exit, _, error) = CliRunner.Run(verb, scenario.File, "--model", $"real={missing}");
            Assert.Equal(2, exit);
            Assert.Equal($"ardiv: error: {missing}: no such model file", error.TrimEnd());
        }
    }

    [Fact]
    public void Validate_accepts_a_scenario_whose_models_load()
    {
        using var scenario = new PlantedScenario();
        var (exit, output, error) = CliRunner.Run("validate", scenario.File);
        Assert.True(exit == 0, error);
        Assert.Equal($"{scenario.File}: ok", output.TrimEnd());
    }

    private static (int Exit, string Out, string Error) Run(PlantedScenario scenario) =>
        CliRunner.Run("run", scenario.File, "--format", "json", "--samples", "10");

    private static void AssertOneLineError((int Exit, string Out, string Error) result, string message)
    {
        Assert.Equal(2, result.Exit);
        Assert.Equal($"ardiv: error: {message}", result.Error.TrimEnd());
        Assert.Empty(result.Out);
    }
}

using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios;

namespace ArDivergence.Scenarios.Tests;

/// <summary>The scenarios that ship inside the executable.</summary>
public sealed class ShippedScenarioTests
{
    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_scenario_loads_without_diagnostics(string name)
    {
        var scenario = ShippedScenarios.Find(name)!;
        var result = scenario.Load();
        Assert.True(result.Succeeded, Load.Describe(result));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(name, result.Spec!.Name);
        Assert.Equal(name + ".yaml", scenario.FileName);
        Assert.False(string.IsNullOrWhiteSpace(result.Spec.Title));
        Assert.False(string.IsNullOrWhiteSpace(result.Spec.Description));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_scenario_compiles(string name)
    {
        // Real-model lanes need the model loader this project lacks: see SimulatedLanes for where they are compiled.
        var full = ShippedScenarios.Find(name)!.Load().Spec!;
        var spec = SimulatedLanes.Of(full);
        var compiled = ScenarioCompiler.Compile(spec);
        Assert.Equal(spec.Generators.Count, compiled.Generators.Count);

        // A text scenario whose every lane runs a real model (real-model-regex) has only its language left here.
        Assert.True(compiled.Generators.Count > 0 || (SimulatedLanes.HasRealModel(full) && compiled.Text is not null), name);
    }

    [Fact]
    public void Without_a_model_loader_a_real_model_lane_is_refused_in_one_line_naming_its_file()
    {
        var spec = ShippedScenarios.Find("real-model-planted")!.Load().Spec!;
        Assert.True(SimulatedLanes.HasRealModel(spec));
        var error = Assert.Throws<ModelLoadException>(() => ScenarioCompiler.Compile(spec));
        Assert.Equal("planted:twin: lane 'real' runs a gguf model, and this program was started without a model loader", error.Message);
        Assert.Equal(["twin"], SimulatedLanes.Of(spec).Generators.Select(g => g.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_scenario_points_editors_at_the_schema(string name)
    {
        var firstLine = ShippedScenarios.Find(name)!.Text.Split('\n')[0];
        Assert.Equal("# yaml-language-server: $schema=scenario.schema.json", firstLine);
    }

    [Fact]
    public void The_lessons_are_all_shipped_and_the_default_is_is_ar_doomed()
    {
        Assert.Equal("is-ar-doomed", ShippedScenarios.DefaultName);
        Assert.Equal("Is autoregression doomed?", ShippedScenarios.Default.Load().Spec!.Title);
        Assert.Equal(
            [
                "addition", "capital-traces", "danke-schoen", "diffusion-steps", "dyck-brackets", "hash-then-value", "is-ar-doomed",
                "joint-conditioning", "lecun-iid", "ngram-language", "path-star", "real-model-answers", "real-model-planted", "real-model-regex", "speculative", "tolerance-and-self-conditioning", "verifier",
            ],
            ShippedScenarios.Names);
    }

    [Fact]
    public void Embedded_files_are_the_files_in_the_repository()
    {
        foreach (var scenario in ShippedScenarios.All)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, scenario.FileName)), scenario.Text);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "scenario.schema.json")), ShippedScenarios.SchemaText);
    }

    [Fact]
    public void Find_accepts_the_file_name_and_rejects_unknown_names()
    {
        Assert.Equal("lecun-iid", ShippedScenarios.Find("lecun-iid.yaml")!.Name);
        Assert.Null(ShippedScenarios.Find("no-such-scenario"));
    }
}

namespace ArDivergence.Gguf.Planting;

/// <summary>ardiv's own metadata keys in a planted model (llama.cpp ignores keys it does not know).</summary>
public static class PlantedKeys
{
    public const string Scenario = "ardiv.planted.scenario";
    public const string Lane = "ardiv.planted.lane";

    /// <summary>The model id of scenario token 0; scenario token k is model token first + k.</summary>
    public const string FirstScenarioToken = "ardiv.planted.first_scenario_token";

    public const string ScenarioTokenCount = "ardiv.planted.scenario_token_count";
}

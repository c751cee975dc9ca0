namespace ArDivergence.Scenarios;

/// <summary>A scenario file that ships inside the executable.</summary>
/// <param name="Name">The scenario's name, which is also its file name without <c>.yaml</c>.</param>
/// <param name="FileName">E.g. <c>is-ar-doomed.yaml</c>; used as the file in diagnostics.</param>
/// <param name="Text">The file's content.</param>
public sealed record ShippedScenario(string Name, string FileName, string Text)
{
    public ScenarioLoadResult Load() => ScenarioLoader.LoadText(Text, FileName);
}

using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;

namespace ArDivergence.Tui.Presentation;

/// <summary>The lane header's note on a real-model lane: the model's name and file size ("planted 2.1M").</summary>
public static class ModelLabel
{
    /// <summary>Null for a simulated lane.</summary>
    public static string? Of(IGenerator? lane) => lane switch
    {
        LanguageModelLane real => Text(real.Setup.Model.Info),
        LanguageModelMpcLane mpc => Text(mpc.Setup.Model.Info),
        _ => null,
    };

    private static string Text(LanguageModelInfo info) => $"{info.Name} {Units.Bytes(info.FileBytes)}";
}

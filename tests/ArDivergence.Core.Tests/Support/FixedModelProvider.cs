using ArDivergence.Core.Models;

namespace ArDivergence.Core.Tests.Support;

/// <summary>Opens one in-memory model under one path; any other path is a missing file.</summary>
internal sealed class FixedModelProvider(string path, ILanguageModel model) : ILanguageModelProvider
{
    public int Opened { get; private set; }

    public ILanguageModel Open(string requested)
    {
        if (requested != path)
        {
            throw new ModelLoadException($"{requested}: no such model file");
        }

        Opened++;
        return model;
    }
}

namespace ArDivergence.Core.Models;

/// <summary>Opens model files for a session. Implementations load each file once and hand the same model to every lane naming it.</summary>
public interface ILanguageModelProvider
{
    /// <summary>The model in <paramref name="path"/>; throws <see cref="ModelLoadException"/> with a one-line reason.</summary>
    ILanguageModel Open(string path);
}

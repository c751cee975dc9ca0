using System.Collections.Concurrent;
using ArDivergence.Core.Models;
using LLama;
using LLama.Common;
using LLama.Exceptions;

namespace ArDivergence.Models;

/// <summary>
/// Opens GGUF files with llama.cpp (LLamaSharp 0.30). Each file is loaded once per provider, so lanes naming
/// the same file, and every session the provider serves, share its weights. Every failure is a
/// <see cref="ModelLoadException"/> with one line that names the file.
/// </summary>
public sealed class LlamaModelProvider : ILanguageModelProvider
{
    private static readonly byte[] Magic = "GGUF"u8.ToArray();
    private readonly ConcurrentDictionary<string, Lazy<LlamaModel>> _models = new(StringComparer.Ordinal);

    public ILanguageModel Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var lazy = _models.GetOrAdd(full, f => new Lazy<LlamaModel>(() => Load(path, f)));
        try
        {
            return lazy.Value;
        }
        catch (ModelLoadException)
        {
            // A failed load is not cached: the user may fix the file and open it again.
            _models.TryRemove(full, out _);
            throw;
        }
    }

    private static LlamaModel Load(string shown, string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{shown}: no such model file");
        }

        CheckMagic(shown, path);
        NativeLibraryChoice.Apply();
        NativeLogging.Silence();
        ModelParams parameters;
        try
        {
            parameters = LlamaModel.Parameters(path, contextSize: 256, threads: 1);
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException)
        {
            // LLamaSharp's own message spans lines and lists every backend; one line that names the file says enough.
            throw new ModelLoadException($"{shown}: {NativeLibraryChoice.WhyNotLoaded()}", e);
        }

        LLamaWeights weights;
        try
        {
            weights = LLamaWeights.LoadFromFile(parameters);
        }
        catch (LoadWeightsFailedException e)
        {
            var architecture = GgufArchitecture.Read(path);
            var what = architecture is null ? "its architecture is not given" : $"architecture '{architecture}'";
            throw new ModelLoadException($"{shown}: llama.cpp cannot load this model ({what}: unsupported or the file is damaged)", e);
        }

        return new LlamaModel(shown, path, weights);
    }

    private static void CheckMagic(string shown, string path)
    {
        var head = new byte[4];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read < head.Length || !head.AsSpan().SequenceEqual(Magic))
        {
            throw new ModelLoadException($"{shown}: not a GGUF file (it does not start with the bytes 'GGUF')");
        }
    }
}

using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// A text scenario file in a fresh folder: a small regex with a two-byte letter, a real llama.cpp lane running the
/// planted text model (`planted:text`, written into the test cache on first use) and an mpc lane over it.
/// </summary>
internal sealed class TextScenario : IDisposable
{
    public const string Pattern = "(é|1)2?";

    public TextScenario(int length = 3, int seed = 4)
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ardiv-real-text-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File = System.IO.Path.Combine(Folder, "text.yaml");
        System.IO.File.WriteAllText(File, $$"""
            name: real-text
            seed: {{seed}}
            length: {{length}}
            prompt: "Q: which?\nA:"
            manifold: {kind: regex, pattern: '{{Pattern}}'}
            generators:
              - name: real
                kind: autoregressive
                model: {kind: gguf, path: "planted:text", temperature: 1.5, context: 64}
              - name: mpc
                kind: mpc
                inner: real
                commit: 1
                horizon: 2
                prefix_cache: true
                rollouts: 3
                select: valid
            """);
    }

    public string Folder { get; }

    public string File { get; }

    public string InFolder(string name) => System.IO.Path.Combine(Folder, name);

    public ScenarioSpec Spec()
    {
        var source = ScenarioSource.Load(File);
        Assert.True(source.Result.Succeeded, string.Join('\n', source.Result.Diagnostics));
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, null, out var error);
        Assert.True(error is null, error);
        return spec!;
    }

    public DebuggerSession Session(ScenarioSpec? spec = null) =>
        new(spec ?? Spec(), new SessionOptions { Models = ModelFiles.Provider });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

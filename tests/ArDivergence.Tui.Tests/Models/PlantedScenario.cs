using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// A scenario file in a fresh folder: lecun-iid's manifold and noisy oracle (`invalid`), a real llama.cpp lane
/// running the planted model of `invalid` (`planted:invalid`, written into the user's cache on first use) and an
/// mpc lane over it.
/// </summary>
internal sealed class PlantedScenario : IDisposable
{
    public PlantedScenario(int length = 30, string realModel = "{kind: gguf, path: \"planted:invalid\"}", string extraTokens = "[x]")
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ardiv-real-model-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File = System.IO.Path.Combine(Folder, "planted.yaml");
        System.IO.File.WriteAllText(File, string.Create(CultureInfo.InvariantCulture, $$"""
            name: planted
            title: planted
            description: a real model beside its simulated twin
            seed: 3
            length: {{length}}
            extra_tokens: {{extraTokens}}
            manifold:
              kind: automaton
              start: q
              states:
                q:
                  - {token: a, to: q}
                  - {token: b, to: q}
                  - {token: c, to: q}
            generators:
              - name: invalid
                kind: autoregressive
                model: {kind: noisy_oracle, error: 0.01, noise: invalid}
              - name: real
                kind: autoregressive
                model: {{realModel}}
              - name: mpc
                kind: mpc
                inner: real
                commit: 1
                horizon: 4
                prefix_cache: true
            """));
    }

    public string Folder { get; }

    public string File { get; }

    public string InFolder(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>The spec with its model paths resolved as the executable resolves them.</summary>
    public ScenarioSpec Spec(IReadOnlyList<string>? models = null)
    {
        var source = ScenarioSource.Load(File);
        Assert.True(source.Result.Succeeded, string.Join('\n', source.Result.Diagnostics));
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, models, out var error);
        Assert.True(error is null, error);
        return spec!;
    }

    public DebuggerSession Session(ScenarioSpec? spec = null) =>
        new(spec ?? Spec(), new SessionOptions { Models = ModelFiles.Provider });

    public static SessionSnapshot RunToEnd(DebuggerSession session)
    {
        var snapshot = session.Snapshot;
        while (!snapshot.Finished)
        {
            snapshot = session.Execute(new StepCommand());
        }

        return snapshot;
    }

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

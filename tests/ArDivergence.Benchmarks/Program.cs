using ArDivergence.Benchmarks;
using BenchmarkDotNet.Running;

// `write-scenarios DIR` writes the scenario files the CLI-level measurements use; anything else goes
// to BenchmarkDotNet (e.g. `--filter *`).
if (args is ["write-scenarios", var folder])
{
    Directory.CreateDirectory(folder);
    foreach (var (name, text) in BenchmarkScenarios.All())
    {
        File.WriteAllText(Path.Combine(folder, name), text);
    }

    Console.WriteLine($"wrote {BenchmarkScenarios.All().Count} scenarios to {folder}");
    return 0;
}

// `profile-frames N` draws N frames in a loop, for a profiler (dotnet-trace) to look at.
if (args is ["profile-frames", var count])
{
    var frames = new FrameBenchmarks();
    frames.Setup();
    for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        frames.RedrawOnly();
    }

    frames.Cleanup();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkScenarios).Assembly).Run(args);
return 0;

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

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkScenarios).Assembly).Run(args);
return 0;

namespace ArDivergence.Traces.Tests;

/// <summary>Paths into the repository, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped recordings: one generation, " Paris.", in every format.</summary>
    public static string CapitalTraces => Path.Combine(Root, "scenarios", "traces", "capital");

    public static string Samples => Path.Combine(Root, "tests", "ArDivergence.Traces.Tests", "Samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("*.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("no solution file above " + AppContext.BaseDirectory);
    }
}

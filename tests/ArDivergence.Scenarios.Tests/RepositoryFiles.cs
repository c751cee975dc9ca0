namespace ArDivergence.Scenarios.Tests;

/// <summary>Paths into the repository, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("*.sln").Length > 0 || directory.GetFiles("*.slnx").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("no solution file above " + AppContext.BaseDirectory);
    }
}

namespace OicGraph.Explorer.Tests;

internal static class RepositoryRoot
{
    /// <summary>The folder holding OicGraph.sln, found above the test's output folder.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OicGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("OicGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Explorer => Path.Combine(Find(), "src", "OicGraph.Explorer");
}

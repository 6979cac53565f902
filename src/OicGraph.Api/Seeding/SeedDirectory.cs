namespace OicGraph.Api.Seeding;

internal static class SeedDirectory
{
    /// <summary>The configured folder, or the nearest <c>graph-seed</c> above the content root or the app's folder.</summary>
    public static string Find(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"Graph:Seed:Directory is '{configured}', but '{full}' does not exist.");
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "graph-seed");
                if (Directory.Exists(Path.Combine(candidate, "documents")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No graph-seed folder above '{contentRoot}'; set Graph:Seed:Directory, or Graph:Seed:Enabled=false.");
    }

    /// <summary><c>oic-interview-mussinov.kk-Arab.txt</c> becomes <c>oic-interview-mussinov</c>.</summary>
    public static string IdOf(string fileName) => fileName.Split('.')[0];
}

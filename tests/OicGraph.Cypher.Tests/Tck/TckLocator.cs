namespace OicGraph.Cypher.Tests.Tck;

internal static class TckLocator
{
    private const string RelativeFeatures = "shared/data/opencypher-tck/tck/features";

    /// <summary>OICGRAPH_TCK_DIR wins; otherwise walk up from the test binaries (CI clones shared/ beside the repo).</summary>
    public static string? FindFeaturesDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("OICGRAPH_TCK_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativeFeatures);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

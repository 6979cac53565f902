namespace OicGraph.Cypher.Tests.Tck;

/// <summary>A fact that is reported as skipped (not passed) when the TCK feature files are not available.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckLocator.FindFeaturesDirectory() is null)
        {
            Skip = "openCypher TCK features not found: set OICGRAPH_TCK_DIR or clone shared/ beside the repo.";
        }
    }
}

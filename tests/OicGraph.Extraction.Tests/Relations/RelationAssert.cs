using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

internal static class RelationAssert
{
    /// <summary>The one relation <paramref name="source"/> -type-> <paramref name="target"/>, with properties "k=v;k=v" (exactly those).</summary>
    public static ExtractedRelationship Single(ExtractionResult result, string source, RelationType type, string target, string properties)
    {
        var relation = Assert.Single(result.Relationships, r => r.Type == type && r.Source == source && r.Target == target);
        var expected = properties.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(expected.OrderBy(p => p.Key), relation.Properties.OrderBy(p => p.Key));
        var evidence = Assert.Single(relation.Evidence);
        Assert.Equal(0, evidence.Sentence);
        return relation;
    }

    public static string Describe(ExtractionResult result) =>
        string.Join("; ", result.Relationships.Select(r => $"{r.Source} {r.Type.Name()} {r.Target}"));
}

using OicGraph.Extraction.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Graph;

public sealed class GraphPatchesTests
{
    private static readonly Document Seed = new("oic-interview-mussinov", DocumentKinds.Article, "Interview", null, "2023-11", "kk", "Arab", TestData.Seed, "", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_patch_carries_the_document_its_mentions_and_evidence_with_its_id()
    {
        var patch = GraphPatches.FromExtraction(TestData.SeedExtraction, Seed);
        Assert.Same(Seed, Assert.Single(patch.Documents));
        Assert.All(patch.Mentions, m => Assert.Equal(Seed.Text[m.Start..m.End], m.Text));
        Assert.All(patch.Relationships.SelectMany(r => r.Evidence), e => Assert.Equal(Seed.Id, e.DocumentId));
        Assert.All(patch.Entities, e => Assert.NotEmpty(e.SearchKeys));
    }

    [Fact]
    public void Relationship_ids_are_url_safe_and_deterministic()
    {
        var first = GraphPatches.FromExtraction(TestData.SeedExtraction, Seed).Relationships.Select(r => r.Id).ToList();
        var second = GraphPatches.FromExtraction(TestData.SeedExtraction, Seed).Relationships.Select(r => r.Id).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, id => Assert.Matches("^[a-z0-9-]+$", id));
        Assert.Contains("askar-mussinov--holds-position--oic--role-assistant-secretary-general-for-science-and-technology", first);
    }
}

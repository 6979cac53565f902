using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OicGraph.Api.Exports;
using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Api.Tests;

/// <summary>The kept encodings are bounded per record: a small record is encoded once, a large one on every answer.</summary>
public sealed class EncodedGraphRecordsTests
{
    private readonly EncodedGraphRecords _records = new(Options.Create(new JsonOptions()));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_small_record_is_encoded_once_and_kept(bool cytoscape)
    {
        var shape = cytoscape ? GraphJsonShape.Cytoscape : GraphJsonShape.Graph;
        var fact = FactWithEvidence(1);
        var kazakhstan = Kazakhstan;

        Assert.Same(_records.Edge(fact, shape), _records.Edge(fact, shape));
        Assert.Same(_records.Node(kazakhstan, shape), _records.Node(kazakhstan, shape));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_larger_than_the_bound_is_encoded_per_answer_and_not_kept(bool cytoscape)
    {
        var shape = cytoscape ? GraphJsonShape.Cytoscape : GraphJsonShape.Graph;
        var hub = FactWithEvidence(200);

        var first = _records.Edge(hub, shape);
        var second = _records.Edge(hub, shape);

        Assert.True(first.Length > EncodedGraphRecords.MaxKeptBytes, $"the fact encodes to {first.Length} bytes");
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    // A fact stated by many sentences: each evidence carries its words, so the encoding grows with them.
    private static Relationship FactWithEvidence(int sentences)
    {
        var evidence = Enumerable.Range(0, sentences)
            .Select(i => new Evidence($"doc-{i}", 0, 40, "Kazakhstan is a member of the OIC since 1995.", 0))
            .ToList();
        return Fact("kazakhstan", RelationType.MemberOf, "oic", evidence[0]) with { Evidence = evidence };
    }
}

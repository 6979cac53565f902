using OicGraph.Extraction.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Graph;

public sealed class ReferenceGraphTests
{
    private static readonly GraphPatch Patch = ReferenceGraph.Build(DateTimeOffset.UnixEpoch);

    [Fact]
    public void All_57_members_and_5_observers_of_the_oic_are_facts_with_their_accession_year()
    {
        Assert.Equal(57, Patch.Relationships.Count(r => r is { Type: RelationType.MemberOf, TargetId: "oic" }));
        Assert.Equal(5, Patch.Relationships.Count(r => r is { Type: RelationType.ObserverOf, TargetId: "oic" }));
        var kazakhstan = Assert.Single(Patch.Relationships, r => r is { Type: RelationType.MemberOf, SourceId: "kazakhstan" });
        Assert.Equal("1995", kazakhstan.Properties["since"]);
        Assert.Equal("kazakhstan--member-of--oic--since-1995", kazakhstan.Id);
    }

    [Fact]
    public void Every_reference_file_is_a_reference_document_and_every_evidence_is_its_row()
    {
        Assert.All(Patch.Documents, d => Assert.Equal(DocumentKinds.Reference, d.Kind));
        var documents = Patch.Documents.ToDictionary(d => d.Id);
        Assert.Contains("reference-oic-member-states", documents.Keys);
        Assert.All(Patch.Relationships.SelectMany(r => r.Evidence), e => Assert.Equal(documents[e.DocumentId].Text[e.Start..e.End], e.Text));
        Assert.All(Patch.Mentions, m => Assert.Equal(documents[m.DocumentId].Text[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Capitals_organs_and_regions_are_related_to_what_they_belong_to()
    {
        Assert.Contains(Patch.Relationships, r => r is { Type: RelationType.CapitalOf, SourceId: "dhaka", TargetId: "bangladesh" });
        Assert.Contains(Patch.Relationships, r => r is { Type: RelationType.PartOf, SourceId: "pscr-department", TargetId: "oic" });
        Assert.Contains(Patch.Relationships, r => r is { Type: RelationType.PartOf, SourceId: "tatarstan", TargetId: "russia" });
    }

    [Fact]
    public void Entities_have_names_in_every_script_and_search_keys()
    {
        var oic = Assert.Single(Patch.Entities, e => e.Id == "oic");
        Assert.Equal(EntityType.Organization, oic.Type);
        Assert.Equal(NameScripts.All.Order(), oic.Names.Keys.Order());
        Assert.NotEmpty(oic.SearchKeys);
        Assert.Equal(Patch.Entities.Count, Patch.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void The_interview_and_the_reference_disagreeing_on_a_year_are_two_relationships()
    {
        var document = new Document("oic-interview-mussinov", DocumentKinds.Article, "Interview", null, "2023-11", "kk", "Arab", TestData.Seed, "", DateTimeOffset.UnixEpoch);
        var interview = GraphPatches.FromExtraction(TestData.SeedExtraction, document);
        var fromInterview = Assert.Single(interview.Relationships, r => r is { Type: RelationType.MemberOf, SourceId: "kazakhstan" });
        var fromReference = Assert.Single(Patch.Relationships, r => r is { Type: RelationType.MemberOf, SourceId: "kazakhstan" });
        Assert.Equal("kazakhstan--member-of--oic--since-1992", fromInterview.Id);
        Assert.NotEqual(fromReference.Id, fromInterview.Id);
        Assert.Contains(interview.Entities, e => e.Id == "kazakhstan");
    }

    /// <summary>
    /// Measured as this thread's processor time (JIT included), not wall-clock time, which on a loaded runner mostly
    /// measures the other processes.
    /// </summary>
    [Fact]
    public void Reference_data_compiles_fast()
    {
        var (_, cpu) = OicGraph.Tests.Shared.ThreadWork.Measure(() => _ = new ExtractionResources(Extraction.Reference.ReferenceData.Load()));

        Assert.True(cpu < TimeSpan.FromSeconds(3), $"{cpu.TotalMilliseconds:F0} ms of processor time");
    }
}

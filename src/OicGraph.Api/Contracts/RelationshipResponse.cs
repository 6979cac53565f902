using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>A directed fact between two entities, with the words it came from.</summary>
/// <param name="Id" example="kazakhstan--member-of--oic--since-1992">Stable id.</param>
/// <param name="Type" example="MEMBER_OF">Relation type from the vocabulary README.md lists.</param>
/// <param name="Source" example="kazakhstan">Id of the entity the fact starts from.</param>
/// <param name="Target" example="oic">Id of the entity the fact points to.</param>
/// <param name="Properties">Typed properties of the fact (README's graph-model table): a <c>since</c> date as its ISO string with the integer <c>sinceYear</c>, an integer <c>year</c>, a <c>role</c>.</param>
/// <param name="Evidence">Every span of every document that states the fact.</param>
public sealed record RelationshipResponse(
    string Id,
    RelationType Type,
    string Source,
    string Target,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<EvidenceResponse> Evidence)
{
    public static RelationshipResponse From(Relationship r) =>
        new(r.Id, r.Type, r.SourceId, r.TargetId, PropertyMaps.Of(GraphPropertyTypes.TypedRelationshipProperties(r.Properties)), [.. r.Evidence.Select(EvidenceResponse.From)]);
}

/// <summary>The exact words of a document a fact was read from.</summary>
/// <param name="DocumentId" example="oic-interview-mussinov">The document (an article, or a reference file).</param>
/// <param name="Start" example="2100">Offset of the first character.</param>
/// <param name="End" example="2290">Offset just past the last character.</param>
/// <param name="Text">The exact words.</param>
/// <param name="Sentence" example="12">Index of the sentence in the document.</param>
public sealed record EvidenceResponse(string DocumentId, int Start, int End, string Text, int Sentence)
{
    public static EvidenceResponse From(Evidence e) => new(e.DocumentId, e.Start, e.End, e.Text, e.Sentence);
}

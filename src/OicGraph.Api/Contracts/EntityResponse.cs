using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>An entity of the graph.</summary>
/// <param name="Id" example="kazakhstan">Stable id, usable in every entity URL.</param>
/// <param name="Type" example="Country">The entity's type, also its Neo4j label.</param>
/// <param name="Name" example="Kazakhstan">Display name (English).</param>
/// <param name="Names">Names by language and script: en, kk-Cyrl, kk-Latn, kk-Arab.</param>
/// <param name="Aliases">Other names and spellings seen or known.</param>
/// <param name="Properties">Typed facts about the entity (README's graph-model table gives each type): a Date's ISO <c>value</c> and integer <c>year</c>, a state's ISO codes and integer <c>accession</c>.</param>
public sealed record EntityResponse(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object> Properties)
{
    public static EntityResponse From(Entity entity) =>
        new(entity.Id, entity.Type, entity.Name, entity.Names, entity.Aliases, PropertyMaps.Of(GraphPropertyTypes.TypedEntityProperties(entity.Properties)));
}

/// <summary>An entity with where the sources name it: the counts, and the first page of its documents and of its mentions.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="MentionCount" example="42">How many times the documents name it.</param>
/// <param name="Documents">The first documents that name it, by id (at most 20; <c>documentsNext</c> pages on).</param>
/// <param name="Mentions">The first mentions, by document id then position (at most 50; <c>mentionsNext</c> pages on): the document, the exact words and their offsets.</param>
/// <param name="DocumentCount" example="3">How many documents name it.</param>
/// <param name="DocumentsNext" example="/api/entities/kazakhstan/documents?offset=20&amp;limit=50">The next page of its documents, or null when all are inline.</param>
/// <param name="MentionsNext" example="/api/entities/kazakhstan/mentions?offset=50&amp;limit=50">The next page of its mentions, or null when all are inline.</param>
public sealed record EntityDetailsResponse(
    EntityResponse Entity,
    int MentionCount,
    IReadOnlyList<DocumentSummaryResponse> Documents,
    IReadOnlyList<MentionResponse> Mentions,
    int DocumentCount,
    string? DocumentsNext,
    string? MentionsNext);

/// <summary>Where a document names an entity.</summary>
/// <param name="DocumentId" example="oic-interview-mussinov">The document.</param>
/// <param name="EntityId" example="kazakhstan">The entity named.</param>
/// <param name="Start" example="1234">Offset of the first character (.NET string index into the document's text).</param>
/// <param name="End" example="1246">Offset just past the last character.</param>
/// <param name="Text" example="قازاقستاننىڭ">The exact words, equal to the document's text between the offsets.</param>
/// <param name="Sentence" example="7">Index of the sentence in the document.</param>
public sealed record MentionResponse(string DocumentId, string EntityId, int Start, int End, string Text, int Sentence)
{
    public static MentionResponse From(Mention m) => new(m.DocumentId, m.EntityId, m.Start, m.End, m.Text, m.Sentence);
}

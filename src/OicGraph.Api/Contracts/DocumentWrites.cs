using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>An article to add to the graph.</summary>
/// <param name="Text" example="استانا. قازاقپارات - قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.">The article in Kazakh Arabic script, exactly as published; every offset the graph keeps refers to it.</param>
/// <param name="Title" example="Kazakhstan and the OIC">Title; the document id when absent.</param>
/// <param name="SourceUrl" example="https://kazinform.example/article/1">Where the article was published.</param>
/// <param name="Date" example="2023-11">Publication date (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD); read from a `date YYYY-MM` first line when absent.</param>
/// <param name="Language" example="kk">Language (BCP 47); kk.</param>
/// <param name="Script" example="Arab">Script (ISO 15924); Arab.</param>
/// <param name="Id" example="kazinform-2023-11-oic">Id to give the document; derived from the text's hash when absent.</param>
public sealed record CreateDocumentRequest(string? Text, string? Title, string? SourceUrl, string? Date, string? Language, string? Script, string? Id);

/// <summary>What adding or removing a document changed in the graph.</summary>
/// <param name="Document">The document (the one already stored, when the same text was posted before).</param>
/// <param name="AlreadyPresent">True when the same text was already in the graph; nothing changed.</param>
/// <param name="EntitiesCreated">Ids of new entities.</param>
/// <param name="EntitiesUpdated">Ids of entities that gained names, aliases or properties.</param>
/// <param name="EntitiesDeleted">Ids of entities removed because no source names them any more.</param>
/// <param name="RelationshipsCreated">Ids of new facts.</param>
/// <param name="RelationshipsUpdated">Ids of facts that gained evidence or properties.</param>
/// <param name="RelationshipsDeleted">Ids of facts removed because no source states them any more.</param>
/// <param name="MentionsAdded" example="310">Mentions added.</param>
/// <param name="MentionsRemoved" example="0">Mentions removed.</param>
public sealed record DocumentChangeResponse(
    DocumentSummaryResponse Document,
    bool AlreadyPresent,
    IReadOnlyList<string> EntitiesCreated,
    IReadOnlyList<string> EntitiesUpdated,
    IReadOnlyList<string> EntitiesDeleted,
    IReadOnlyList<string> RelationshipsCreated,
    IReadOnlyList<string> RelationshipsUpdated,
    IReadOnlyList<string> RelationshipsDeleted,
    int MentionsAdded,
    int MentionsRemoved);

/// <summary>A document's text with the spans of the entities it names, for highlighting.</summary>
/// <param name="Document">The document's metadata.</param>
/// <param name="Text">The exact text.</param>
/// <param name="Spans">Every mention, in text order (spans may nest).</param>
/// <param name="Segments">The whole text cut into consecutive pieces, each plain or one entity's mention (outermost span wins), ready to render.</param>
public sealed record AnnotatedDocumentResponse(DocumentSummaryResponse Document, string Text, IReadOnlyList<AnnotationSpan> Spans, IReadOnlyList<AnnotationSegment> Segments);

/// <summary>A mention with what it names.</summary>
/// <param name="Start" example="1234">Offset of the first character.</param>
/// <param name="End" example="1246">Offset just past the last character.</param>
/// <param name="Text" example="قازاقستاننىڭ">The exact words.</param>
/// <param name="EntityId" example="kazakhstan">The entity named.</param>
/// <param name="Type" example="Country">Its type.</param>
/// <param name="Name" example="Kazakhstan">Its display name.</param>
public sealed record AnnotationSpan(int Start, int End, string Text, string EntityId, EntityType Type, string Name);

/// <summary>A consecutive piece of the text.</summary>
/// <param name="Text">The piece.</param>
/// <param name="EntityId">The entity this piece names, or null for plain text.</param>
/// <param name="Type">The entity's type, or null.</param>
public sealed record AnnotationSegment(string Text, string? EntityId, EntityType? Type);

namespace OicGraph.Graph.Model;

/// <summary>An entity with where it is named: its mention count and the documents that name it.</summary>
public sealed record EntityDetails(Entity Entity, int MentionCount, IReadOnlyList<DocumentSummary> Documents);

/// <summary>A document without its text.</summary>
public sealed record DocumentSummary(
    string Id,
    string Kind,
    string Title,
    string? SourceUrl,
    string? Date,
    string Language,
    string Script,
    int Length,
    string ContentHash,
    DateTimeOffset IngestedAt,
    int MentionCount)
{
    public static DocumentSummary Of(Document document, int mentionCount) => new(
        document.Id, document.Kind, document.Title, document.SourceUrl, document.Date, document.Language,
        document.Script, document.Text.Length, document.ContentHash, document.IngestedAt, mentionCount);
}

/// <summary>Counts of the whole graph.</summary>
public sealed record GraphStats(
    int Entities,
    int Relationships,
    int Documents,
    int Mentions,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationshipsByType);

using System.ComponentModel.DataAnnotations;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>A document without its text.</summary>
/// <param name="Id" example="oic-interview-mussinov">Stable id.</param>
/// <param name="Kind" example="article">article, or reference for a reference-data file.</param>
/// <param name="Title" example="Interview with OIC Assistant Secretary General Askar Mussinov">Title.</param>
/// <param name="SourceUrl">Where the document was published, when known.</param>
/// <param name="Date" example="2023-11">Publication date (ISO 8601, possibly partial).</param>
/// <param name="Language" example="kk">Language (BCP 47).</param>
/// <param name="Script" example="Arab">Script (ISO 15924).</param>
/// <param name="Length" example="16000">Length of the text in UTF-16 code units, the unit of every offset.</param>
/// <param name="ContentHash">SHA-256 of the text, hex.</param>
/// <param name="IngestedAt">When the document was added to the graph.</param>
/// <param name="MentionCount" example="300">Mentions of entities in the document.</param>
public sealed record DocumentSummaryResponse(
    string Id,
    [property: AllowedValues(DocumentKinds.Article, DocumentKinds.Reference)] string Kind,
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
    public static DocumentSummaryResponse From(DocumentSummary d) =>
        new(d.Id, d.Kind, d.Title, d.SourceUrl, d.Date, d.Language, d.Script, d.Length, d.ContentHash, d.IngestedAt, d.MentionCount);
}

/// <summary>A document with its text and what it names.</summary>
/// <param name="Document">The document's metadata.</param>
/// <param name="Text">The exact text every offset refers to.</param>
/// <param name="EntityCount" example="60">Distinct entities the document names.</param>
/// <param name="RelationshipCount" example="50">Facts the document states.</param>
public sealed record DocumentResponse(DocumentSummaryResponse Document, string Text, int EntityCount, int RelationshipCount);

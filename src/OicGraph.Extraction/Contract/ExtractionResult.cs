using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Contract;

/// <summary>The extraction contract of ../shared/eval/README.md, serialised with System.Text.Json camelCase.</summary>
public sealed record ExtractionResult(
    ExtractedDocument Document,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelationship> Relationships);

public sealed record ExtractedDocument(string Id, string? Date, string Language, string Script);

/// <summary>An entity; <paramref name="Names"/> is keyed by <c>en</c>, <c>kk-Cyrl</c>, <c>kk-Latn</c>, <c>kk-Arab</c>.</summary>
public sealed record ExtractedEntity(
    string Id,
    string Type,
    string Name,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<ExtractedMention> Mentions);

/// <summary>Offsets are .NET string indices into the exact input, end exclusive; <c>Text == input[Start..End]</c>.</summary>
public sealed record ExtractedMention(int Start, int End, string Text, int Sentence);

public sealed record ExtractedRelationship(
    RelationType Type,
    string Source,
    string Target,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<ExtractedEvidence> Evidence);

/// <summary>The sentence (or sentences) a relationship was read from; same offset rules as a mention.</summary>
public sealed record ExtractedEvidence(int Start, int End, string Text, int Sentence);

namespace OicGraph.Graph.Model;

/// <summary>One place in a document where an entity is named; offsets are .NET string indices, end exclusive.</summary>
public sealed record Mention(string DocumentId, string EntityId, int Start, int End, string Text, int Sentence);

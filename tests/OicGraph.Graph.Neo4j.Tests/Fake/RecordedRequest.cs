namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>One request as it arrived on the wire, for assertions on paths, headers and bodies.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Accept,
    string? ContentType,
    string? Authorization,
    string? Affinity,
    string Body);

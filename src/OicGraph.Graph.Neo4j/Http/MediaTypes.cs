namespace OicGraph.Graph.Neo4j.Http;

internal static class MediaTypes
{
    public const string Json = "application/json";

    public const string Typed = "application/vnd.neo4j.query";

    public static string For(ResultFormat format) => format == ResultFormat.Typed ? Typed : Json;
}

namespace OicGraph.Api.OpenApi;

/// <summary>Ids the documented examples share, so each example works on the seeded graph as written.</summary>
internal static class ExampleIds
{
    /// <summary>The id CreateDocument's example gives its article, and the one DeleteDocument's example removes.</summary>
    public const string PostedDocument = "kazinform-2023-11-oic";

    /// <summary>The id CreateDocuments' (the batch's) example gives its one article.</summary>
    public const string BatchDocument = "batch-example-2024-01";
}

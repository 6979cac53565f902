using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>The operation groups, in the order a newcomer meets them, each saying what it is for.</summary>
internal sealed class OpenApiTags : IDocumentFilter
{
    public const string Entities = "Entities";
    public const string Search = "Search";
    public const string Relationships = "Relationships";
    public const string Documents = "Documents";
    public const string Exploration = "Exploration";
    public const string Export = "Export";
    public const string Cypher = "Cypher";
    public const string Extraction = "Extraction";
    public const string Health = "Health";

    private static readonly (string Name, string Description)[] Tags =
    [
        (Entities, "The things the sources name (states, people, organisations, events, places, dates): list and filter them, read one with its names in four scripts and every mention, its facts, and its neighbourhood for a graph view."),
        (Search, "One ranked search over every name of every entity, in Arabic script, Cyrillic, Kazakh Latin or English, inflected forms included."),
        (Relationships, "Facts: typed, directed relationships between two entities, each with its properties and the exact words of every source that states it."),
        (Documents, "The sources: articles and reference-data files, their exact text (the text every offset refers to), the text annotated for highlighting; add an article (it is extracted and merged into the graph) or remove one. Writes need an API key."),
        (Exploration, "Questions across the whole graph: shortest paths between two entities, the timeline of dated facts and events, OIC member states with every claim about their accession, and counts per type."),
        (Export, "A subgraph or the whole graph as JSON, Cytoscape.js elements, GraphML (Gephi, yEd) or CSV."),
        (Cypher, "Read-only openCypher over the graph model of README.md, on either backend; nodes, relationships and paths come back ready to draw."),
        (Extraction, "A dry run of the extraction pipeline: what the graph would learn from a text, with offsets into it. Nothing is stored."),
        (Health, "Liveness and readiness probes for orchestrators."),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Tags.Select(t => t.Name)];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context) =>
        swaggerDoc.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
}

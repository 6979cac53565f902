using System.Text;
using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Exports;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class GraphExportEndpoints
{
    public static RouteHandlerBuilder MapGraphExport(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/graph", ExportGraph)
            .Validate<GraphExportQuery>()
            .WithTags(OpenApiTags.Export)
            .WithName("ExportGraph")
            .WithSummary("A subgraph, or the whole graph, in a standard format")
            .WithDescription("Entities (from ids, expanded depth hops, or all) and the relationships among them, filtered by entity and relation types, as our JSON, Cytoscape.js elements, GraphML (Gephi, yEd) or CSV nodes and edges. Files come with Content-Disposition for download.")
            .ProducesAlternatives(
                "format=json (the default): GraphResponse; format=cytoscape: CytoscapeElementsResponse; graphml, csv (a zip of nodes.csv and edges.csv), csv-nodes and csv-edges: a file.",
                [typeof(GraphResponse), typeof(CytoscapeElementsResponse)],
                "application/graphml+xml",
                "application/zip",
                "text/csv");

    private static async Task<IResult> ExportGraph(
        [AsParameters] GraphExportQuery query, IGraphStore store, EncodedGraphRecords records, CancellationToken cancellationToken)
    {
        var ids = RelationshipTypes.Split(query.Ids);
        var types = RelationshipTypes.Split(query.Types).Select(t => NamedEnum.Parse<EntityType>(t)).ToList();
        var relationshipTypes = RelationshipTypes.Parse(query.RelationshipTypes);
        var slice = await store.GetSubgraphAsync(
            new SubgraphQuery(
                ids.Count == 0 ? null : ids,
                types.Count == 0 ? null : types,
                relationshipTypes.Count == 0 ? null : relationshipTypes,
                query.Depth ?? 1,
                query.Limit ?? 2000),
            cancellationToken);
        return (query.Format ?? GraphFormats.Json).ToLowerInvariant() switch
        {
            GraphFormats.Cytoscape => new GraphJsonResult(slice, GraphJsonShape.Cytoscape, records.For(store)),
            GraphFormats.GraphMl => TypedResults.File(GraphMlWriter.Write(slice), "application/graphml+xml", "oicgraph.graphml"),
            GraphFormats.Csv => TypedResults.File(CsvGraphWriter.Zip(slice), "application/zip", "oicgraph-csv.zip"),
            GraphFormats.CsvNodes => TypedResults.File(Encoding.UTF8.GetBytes(CsvGraphWriter.Nodes(slice)), "text/csv; charset=utf-8", "oicgraph-nodes.csv"),
            GraphFormats.CsvEdges => TypedResults.File(Encoding.UTF8.GetBytes(CsvGraphWriter.Edges(slice)), "text/csv; charset=utf-8", "oicgraph-edges.csv"),
            _ => new GraphJsonResult(slice, GraphJsonShape.Graph, records.For(store)),
        };
    }
}

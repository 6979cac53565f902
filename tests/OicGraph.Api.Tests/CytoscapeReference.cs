using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Tests;

/// <summary>
/// A graph slice as Cytoscape.js elements, mapped as the API did before it wrote them record by record: the response
/// the serializer's bytes are compared with.
/// </summary>
internal static class CytoscapeReference
{
    public static CytoscapeElementsResponse From(GraphSlice slice)
    {
        var graph = GraphResponse.From(slice);
        return new CytoscapeElementsResponse(
            [.. graph.Nodes.Select(e => new CytoscapeNode(new CytoscapeNodeData(e.Id, e.Name, e.Type, e.Names, e.Properties), e.Type.ToString()))],
            [.. graph.Edges.Select(r => new CytoscapeEdge(
                new CytoscapeEdgeData(r.Id, r.Source, r.Target, r.Type, r.Properties, [.. r.Evidence.Select(ev => new CytoscapeEvidence(ev.DocumentId, ev.Start, ev.End, ev.Text))]),
                r.Type.Name()))],
            graph.Truncated);
    }
}

using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Exports;

/// <summary>A graph slice as Cytoscape.js elements, with the same typed properties as the JSON format.</summary>
internal static class CytoscapeElements
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

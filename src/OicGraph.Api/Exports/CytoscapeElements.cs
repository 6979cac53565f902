using OicGraph.Graph.Model;

namespace OicGraph.Api.Exports;

/// <summary>Cytoscape.js <c>elements</c> JSON: <c>{ nodes: [{ data }], edges: [{ data }] }</c>, ready for <c>cy.add()</c>.</summary>
internal static class CytoscapeElements
{
    public static object From(GraphSlice slice) => new
    {
        nodes = slice.Entities.Select(e => new
        {
            data = new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["label"] = e.Name,
                ["type"] = e.Type.ToString(),
                ["names"] = e.Names,
                ["properties"] = e.Properties,
            },
            classes = e.Type.ToString(),
        }),
        edges = slice.Relationships.Select(r => new
        {
            data = new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["source"] = r.SourceId,
                ["target"] = r.TargetId,
                ["label"] = r.Type.Name(),
                ["properties"] = r.Properties,
                ["evidence"] = r.Evidence.Select(ev => new { documentId = ev.DocumentId, start = ev.Start, end = ev.End, text = ev.Text }),
            },
            classes = r.Type.Name(),
        }),
        truncated = slice.Truncated,
    };
}

using OicGraph.Graph.Model;

namespace OicGraph.Graph.Traversal;

/// <summary>
/// One hop of a traversal, read from a store: the relationships of each given entity, both directions, in id order.
/// The reader adds the entities at the relationships' other ends to <paramref name="entities"/>.
/// </summary>
public delegate Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> AdjacencyReader(
    IReadOnlyList<string> ids, IDictionary<string, Entity> entities, CancellationToken cancellationToken);

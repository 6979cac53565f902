using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class QueryExecutor
{
    private void ApplySetItems(IReadOnlyList<SetItem> items, Row row)
    {
        foreach (var item in items)
        {
            var target = _evaluator.Eval(item.Target, row);
            if (target is null)
            {
                continue;
            }

            if (target is not GraphEntity entity)
            {
                throw CypherErrors.Type($"Cannot set properties on {Values.TypeName(target)}");
            }

            if (entity.Deleted)
            {
                throw CypherErrors.EntityNotFound("DeletedEntityAccess: the entity has been deleted");
            }

            switch (item.Kind)
            {
                case SetKind.Property:
                    SetProperty(entity, item.Key!, _evaluator.Eval(item.Value!, row));
                    break;
                case SetKind.Labels:
                    var node = entity as NodeRecord ?? throw CypherErrors.Type("Labels can only be set on nodes");
                    foreach (var label in item.Labels)
                    {
                        if (Graph.AddLabel(node, label))
                        {
                            Counters.LabelsAdded++;
                        }
                    }

                    break;
                default:
                    var value = _evaluator.Eval(item.Value!, row);
                    var map = value switch
                    {
                        null => new Dictionary<string, object?>(),
                        GraphEntity other => new Dictionary<string, object?>(other.Properties),
                        IReadOnlyDictionary<string, object?> m => m,
                        _ => throw CypherErrors.Type($"Expected a map, got {Values.TypeName(value)}"),
                    };
                    if (item.Kind == SetKind.Replace)
                    {
                        foreach (var key in entity.Properties.Keys.Where(k => !map.ContainsKey(k)).ToList())
                        {
                            SetProperty(entity, key, null);
                        }
                    }

                    foreach (var (key, v) in map)
                    {
                        SetProperty(entity, key, v);
                    }

                    break;
            }
        }
    }

    private void SetProperty(GraphEntity entity, string key, object? value)
    {
        Graph.SetProperty(entity, key, CheckStorable(value));
        Counters.PropertiesSet++;
    }

    private void Remove(RemoveClause remove, List<Row> rows)
    {
        foreach (var row in rows)
        {
            foreach (var item in remove.Items)
            {
                var target = _evaluator.Eval(item.Target, row);
                switch (target)
                {
                    case null:
                        continue;
                    case GraphEntity entity when item.Key is not null:
                        if (entity.Properties.ContainsKey(item.Key))
                        {
                            SetProperty(entity, item.Key, null);
                        }

                        break;
                    case NodeRecord node:
                        foreach (var label in item.Labels)
                        {
                            if (Graph.RemoveLabel(node, label))
                            {
                                Counters.LabelsRemoved++;
                            }
                        }

                        break;
                    default:
                        throw CypherErrors.Type($"Cannot remove from {Values.TypeName(target)}");
                }
            }
        }
    }

    /// <summary>Collects all targets first so "DELETE a, r" works whatever the order; then relationships go before nodes.</summary>
    private void Delete(DeleteClause delete, List<Row> rows)
    {
        var nodes = new List<NodeRecord>();
        var rels = new List<RelRecord>();
        foreach (var row in rows)
        {
            foreach (var target in delete.Targets)
            {
                Collect(_evaluator.Eval(target, row), nodes, rels);
            }
        }

        foreach (var rel in rels)
        {
            DeleteRelationship(rel);
        }

        foreach (var node in nodes)
        {
            if (node.Deleted)
            {
                continue;
            }

            if (node.Outgoing.Count + node.Incoming.Count > 0)
            {
                if (!delete.Detach)
                {
                    throw CypherErrors.ConstraintViolation(
                        "DeleteConnectedNode: cannot delete a node that still has relationships; use DETACH DELETE");
                }

                foreach (var rel in node.Outgoing.Concat(node.Incoming).ToList())
                {
                    DeleteRelationship(rel);
                }
            }

            Graph.DeleteNode(node);
            Counters.NodesDeleted++;
        }
    }

    private void DeleteRelationship(RelRecord rel)
    {
        if (!rel.Deleted)
        {
            Graph.DeleteRelationship(rel);
            Counters.RelationshipsDeleted++;
        }
    }

    private static void Collect(object? value, List<NodeRecord> nodes, List<RelRecord> rels)
    {
        switch (value)
        {
            case null:
                return;
            case NodeRecord node:
                nodes.Add(node);
                return;
            case RelRecord rel:
                rels.Add(rel);
                return;
            case PathValue path:
                rels.AddRange(path.Rels);
                nodes.AddRange(path.Nodes);
                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Collect(item, nodes, rels);
                }

                return;
            default:
                throw CypherErrors.Type($"InvalidArgumentType: cannot delete {Values.TypeName(value)}");
        }
    }
}

using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class QueryExecutor
{
    private PropertyGraph Graph => _context.Graph;

    private QueryCounters Counters => _context.Counters;

    private List<Row> Create(CreateClause create, IEnumerable<Row> input)
    {
        var rows = input.ToList();
        var result = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            _context.Tick();
            var work = new Row(row);
            foreach (var part in create.Pattern)
            {
                CreatePart(part, work, false);
            }

            result.Add(work);
        }

        return result;
    }

    private void CreatePart(PatternPart part, Row work, bool merge)
    {
        var nodes = new List<NodeRecord>();
        var rels = new List<RelRecord>();
        foreach (var nodePattern in part.Nodes)
        {
            nodes.Add(CreateOrReuseNode(nodePattern, work));
        }

        for (var i = 0; i < part.Rels.Count; i++)
        {
            var pattern = part.Rels[i];
            if (pattern.Types.Count != 1)
            {
                throw CypherErrors.Syntax("NoSingleRelationshipType: a relationship must have exactly one type to be created");
            }

            if (pattern.Direction == Direction.Both && !merge)
            {
                throw CypherErrors.Syntax("RequiresDirectedRelationship: only directed relationships can be created");
            }

            if (pattern.VarLength)
            {
                throw CypherErrors.Syntax("CreatingVarLength: variable length relationships cannot be created");
            }

            if (pattern.Variable is not null && work.ContainsKey(pattern.Variable))
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: `{pattern.Variable}` already declared");
            }

            var (start, end) = pattern.Direction != Direction.Incoming ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
            var rel = Graph.CreateRelationship(start, end, pattern.Types[0]);
            Counters.RelationshipsCreated++;
            SetInitialProperties(rel, pattern.Properties, work);
            rels.Add(rel);
            if (pattern.Variable is not null)
            {
                work[pattern.Variable] = rel;
            }
        }

        if (part.PathVariable is not null)
        {
            work[part.PathVariable] = new PathValue(nodes, rels);
        }
    }

    private NodeRecord CreateOrReuseNode(NodePattern pattern, Row work)
    {
        if (pattern.Variable is not null && work.TryGetValue(pattern.Variable, out var existing))
        {
            if (pattern.Labels.Count > 0 || pattern.Properties is not null)
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: `{pattern.Variable}` already declared");
            }

            return existing as NodeRecord
                ?? throw CypherErrors.Semantic($"Expected `{pattern.Variable}` to be a node");
        }

        var node = Graph.CreateNode();
        Counters.NodesCreated++;
        foreach (var label in pattern.Labels)
        {
            if (Graph.AddLabel(node, label))
            {
                Counters.LabelsAdded++;
            }
        }

        SetInitialProperties(node, pattern.Properties, work);
        if (pattern.Variable is not null)
        {
            work[pattern.Variable] = node;
        }

        return node;
    }

    private void SetInitialProperties(GraphEntity entity, Expr? properties, Row work)
    {
        if (properties is null)
        {
            return;
        }

        if (_evaluator.Eval(properties, work) is not IReadOnlyDictionary<string, object?> map)
        {
            throw CypherErrors.Type("Properties must be a map");
        }

        foreach (var (key, value) in map)
        {
            if (value is not null)
            {
                Graph.SetProperty(entity, key, CheckStorable(value));
                Counters.PropertiesSet++;
            }
        }
    }

    private static object? CheckStorable(object? value) => value switch
    {
        null or bool or long or double or string => value,
        IReadOnlyList<object?> list when list.All(v => v is bool or long or double or string) => value,
        _ => throw CypherErrors.Type($"InvalidPropertyType: cannot store {Values.TypeName(value)} as a property"),
    };

    private List<Row> Merge(MergeClause merge, IEnumerable<Row> input)
    {
        var rows = input.ToList();
        var result = new List<Row>();
        foreach (var row in rows)
        {
            _context.Tick();
            CheckMergeNulls(merge.Pattern, row);
            var matches = _evaluator.Matcher.MatchPart(merge.Pattern, row, []).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    ApplySetItems(merge.OnMatch, match);
                    result.Add(match);
                }

                continue;
            }

            var work = new Row(row);
            CreatePart(merge.Pattern, work, true);
            ApplySetItems(merge.OnCreate, work);
            result.Add(work);
        }

        return result;
    }

    private void CheckMergeNulls(PatternPart part, Row row)
    {
        foreach (var properties in ExprWalker.PatternExprs(part))
        {
            if (_evaluator.Eval(properties, row) is IReadOnlyDictionary<string, object?> map && map.Values.Any(v => v is null))
            {
                throw CypherErrors.Semantic("Cannot merge the following node because of null property value");
            }
        }
    }
}

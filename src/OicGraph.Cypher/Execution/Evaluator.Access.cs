using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Evaluator
{
    private static object? Index(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        switch (target)
        {
            case IReadOnlyList<object?> list:
                if (index is not long i)
                {
                    throw CypherErrors.Type($"List index must be an integer, got {Values.TypeName(index)}");
                }

                if (i < 0)
                {
                    i += list.Count;
                }

                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case IReadOnlyDictionary<string, object?> or GraphEntity:
                return index is string key
                    ? Property(target, key)
                    : throw CypherErrors.Type($"MapElementAccessByNonString: map key must be a string, got {Values.TypeName(index)}");
            default:
                throw CypherErrors.Type($"Cannot index into {Values.TypeName(target)}");
        }
    }

    private List<object?>? Slice(SliceAccess slice, Row row)
    {
        var target = Eval(slice.Target, row);
        var from = slice.From is null ? 0L : Eval(slice.From, row);
        var to = slice.To is null ? long.MaxValue : Eval(slice.To, row);
        if (target is null || from is null || to is null)
        {
            return null;
        }

        if (target is not IReadOnlyList<object?> list)
        {
            throw CypherErrors.Type($"Cannot slice {Values.TypeName(target)}");
        }

        if (from is not long f || to is not long t)
        {
            throw CypherErrors.Type("List slice bounds must be integers");
        }

        var n = list.Count;
        f = f < 0 ? Math.Max(0, n + f) : Math.Min(f, n);
        t = t < 0 ? Math.Max(0, n + t) : Math.Min(t, n);
        return t <= f ? new List<object?>() : list.Skip((int)f).Take((int)(t - f)).ToList();
    }

    private Dictionary<string, object?>? Project(MapProjection projection, Row row)
    {
        var source = Eval(new Variable(projection.Variable), row);
        if (source is null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            switch (item.Kind)
            {
                case MapProjectionKind.AllProperties:
                    var all = source switch
                    {
                        GraphEntity entity => entity.Properties,
                        IReadOnlyDictionary<string, object?> map => map,
                        _ => throw CypherErrors.Type("Map projection needs a map, node or relationship"),
                    };
                    foreach (var (key, value) in all)
                    {
                        ValueDepth.EnsureCanHold(value, "A map projection");
                        result[key] = value;
                    }

                    break;
                case MapProjectionKind.Property:
                    result[item.Key] = Property(source, item.Key);
                    break;
                case MapProjectionKind.Variable:
                    result[item.Key] = Eval(new Variable(item.Key), row);
                    break;
                default:
                    result[item.Key] = Eval(item.Value!, row);
                    break;
            }

            if (item.Kind != MapProjectionKind.AllProperties)
            {
                ValueDepth.EnsureCanHold(result[item.Key], "A map projection");
            }
        }

        return result;
    }
}

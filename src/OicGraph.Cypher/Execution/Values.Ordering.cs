using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal static partial class Values
{
    /// <summary>Comparison for &lt; and friends: null when the values are not comparable.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            if (a is long la && b is long lb)
            {
                return la.CompareTo(lb);
            }

            var da = ToDouble(a);
            var db = ToDouble(b);
            if (double.IsNaN(da) || double.IsNaN(db))
            {
                return null;
            }

            return da.CompareTo(db);
        }

        switch (a)
        {
            case string sa when b is string sb:
                return string.CompareOrdinal(sa, sb);
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case IReadOnlyList<object?> xa when b is IReadOnlyList<object?> xb:
                for (var i = 0; i < Math.Min(xa.Count, xb.Count); i++)
                {
                    var c = Compare(xa[i], xb[i]);
                    if (c is null)
                    {
                        return Equal(xa[i], xb[i]) == true ? 0 : null;
                    }

                    if (c != 0)
                    {
                        return c;
                    }
                }

                return xa.Count.CompareTo(xb.Count);
            default:
                return null;
        }
    }

    private static int TypeRank(object? v) => v switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRecord => 1,
        RelRecord => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        string => 5,
        bool => 6,
        long or double => 7,
        null => 9,
        _ => 8,
    };

    /// <summary>The total order used by ORDER BY, DISTINCT-free sorting and min/max.</summary>
    public static int Order(object? a, object? b)
    {
        // Sorting calls this n log n times, mostly on two strings or two integers: those need no type ranks.
        if (a is string sx && b is string sy)
        {
            return string.CompareOrdinal(sx, sy);
        }

        if (a is long lx && b is long ly)
        {
            return lx.CompareTo(ly);
        }

        var ra = TypeRank(a);
        var rb = TypeRank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        switch (a)
        {
            case null:
                return 0;
            case long or double:
                var da = ToDouble(a);
                var db = ToDouble(b!);
                if (double.IsNaN(da) || double.IsNaN(db))
                {
                    return double.IsNaN(da).CompareTo(double.IsNaN(db));
                }

                if (a is long la && b is long lb)
                {
                    return la.CompareTo(lb);
                }

                var c = da.CompareTo(db);
                return c != 0 ? c : (a is double).CompareTo(b is double);
            case string sa:
                return string.CompareOrdinal(sa, (string)b!);
            case bool ba:
                return ba.CompareTo((bool)b!);
            case GraphEntity ea:
                return ea.Id.CompareTo(((GraphEntity)b!).Id);
            case IReadOnlyList<object?> xa:
                var xb = (IReadOnlyList<object?>)b!;
                for (var i = 0; i < Math.Min(xa.Count, xb.Count); i++)
                {
                    var ci = Order(xa[i], xb[i]);
                    if (ci != 0)
                    {
                        return ci;
                    }
                }

                return xa.Count.CompareTo(xb.Count);
            case PathValue pa:
                var pb = (PathValue)b!;
                return Order(pa.Nodes.Cast<object?>().ToList(), pb.Nodes.Cast<object?>().ToList());
            case IReadOnlyDictionary<string, object?> ma:
                return OrderMaps(ma, (IReadOnlyDictionary<string, object?>)b!);
            default:
                return 0;
        }
    }

    // Its own method: lambdas over the maps written inside Order's switch made every call of Order, the comparison grouping
    // and DISTINCT run per row, allocate their closure whatever the values were.
    private static int OrderMaps(IReadOnlyDictionary<string, object?> ma, IReadOnlyDictionary<string, object?> mb)
    {
        var ka = ma.Keys.Order(StringComparer.Ordinal).ToList();
        var kb = mb.Keys.Order(StringComparer.Ordinal).ToList();
        var keyOrder = Order(ka.Cast<object?>().ToList(), kb.Cast<object?>().ToList());
        return keyOrder != 0 ? keyOrder : Order(ka.Select(k => ma[k]).ToList(), kb.Select(k => mb[k]).ToList());
    }

    /// <summary>Grouping/DISTINCT equivalence: like equality, but null equals null and NaN equals NaN.</summary>
}

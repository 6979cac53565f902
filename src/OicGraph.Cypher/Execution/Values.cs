using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>openCypher value semantics: ternary equality, comparability and the global sort order.</summary>
internal static class Values
{
    public static bool IsNumber(object? v) => v is long or double;

    public static double ToDouble(object v) => v is long l ? l : (double)v;

    public static string TypeName(object? v) => v switch
    {
        null => "Null",
        bool => "Boolean",
        long => "Integer",
        double => "Float",
        string => "String",
        NodeRecord => "Node",
        RelRecord => "Relationship",
        PathValue => "Path",
        IReadOnlyList<object?> => "List",
        IReadOnlyDictionary<string, object?> => "Map",
        _ => v.GetType().Name,
    };

    /// <summary>Converts host values (int, float, arrays, dictionaries) to engine values.</summary>
    public static object? Normalize(object? v) => v switch
    {
        null or bool or long or double or string => v,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        float f => (double)f,
        decimal m => (double)m,
        System.Text.Json.JsonElement json => FromJson(json),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => v,
    };

    private static object? FromJson(System.Text.Json.JsonElement json) => json.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => json.GetString(),
        System.Text.Json.JsonValueKind.True => true,
        System.Text.Json.JsonValueKind.False => false,
        System.Text.Json.JsonValueKind.Number => json.TryGetInt64(out var l) ? l : (object)json.GetDouble(),
        System.Text.Json.JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        System.Text.Json.JsonValueKind.Object =>
            json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Ternary equality: null when the answer is unknown.</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            if (a is long la && b is long lb)
            {
                return la == lb;
            }

            return ToDouble(a) == ToDouble(b);
        }

        switch (a)
        {
            case string sa when b is string sb:
                return string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba when b is bool bb:
                return ba == bb;
            case GraphEntity ea when b is GraphEntity eb:
                return ReferenceEquals(ea, eb) || (ea.GetType() == eb.GetType() && ea.Id == eb.Id);
            case PathValue pa when b is PathValue pb:
                return pa.Nodes.SequenceEqual(pb.Nodes) && pa.Rels.SequenceEqual(pb.Rels);
            case IReadOnlyList<object?> la2 when b is IReadOnlyList<object?> lb2:
                return ListEqual(la2, lb2);
            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
                return MapEqual(ma, mb);
            default:
                return false;
        }
    }

    private static bool? ListEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        bool? result = true;
        for (var i = 0; i < a.Count; i++)
        {
            var e = Equal(a[i], b[i]);
            if (e == false)
            {
                return false;
            }

            if (e is null)
            {
                result = null;
            }
        }

        return result;
    }

    private static bool? MapEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count || a.Keys.Any(k => !b.ContainsKey(k)))
        {
            return false;
        }

        bool? result = true;
        foreach (var (key, value) in a)
        {
            var e = Equal(value, b[key]);
            if (e == false)
            {
                return false;
            }

            if (e is null)
            {
                result = null;
            }
        }

        return result;
    }

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
                var mb = (IReadOnlyDictionary<string, object?>)b!;
                var ka = ma.Keys.Order(StringComparer.Ordinal).ToList();
                var kb = mb.Keys.Order(StringComparer.Ordinal).ToList();
                var keyOrder = Order(ka.Cast<object?>().ToList(), kb.Cast<object?>().ToList());
                return keyOrder != 0 ? keyOrder : Order(ka.Select(k => ma[k]).ToList(), kb.Select(k => mb[k]).ToList());
            default:
                return 0;
        }
    }

    /// <summary>Grouping/DISTINCT equivalence: like equality, but null equals null and NaN equals NaN.</summary>
    public sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public static readonly EquivalenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => Order(x, y) == 0 && TypeRank(x) == TypeRank(y) && SameEquivalence(x, y);

        private static bool SameEquivalence(object? x, object? y) => x switch
        {
            long or double => IsNumber(y) && (ToDouble(x).Equals(ToDouble(y!))),
            _ => true,
        };

        public int GetHashCode(object? obj) => obj switch
        {
            null => 0,
            long l => ((double)l).GetHashCode(),
            double d => d.GetHashCode(),
            string s => StringComparer.Ordinal.GetHashCode(s),
            GraphEntity e => e.Id.GetHashCode(),
            IReadOnlyList<object?> list => list.Count,
            IReadOnlyDictionary<string, object?> map => map.Count,
            _ => obj.GetHashCode(),
        };
    }

    public sealed class RowKeyComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowKeyComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) =>
            x!.Length == y!.Length && x.Zip(y).All(p => EquivalenceComparer.Instance.Equals(p.First, p.Second));

        public int GetHashCode(object?[] obj)
        {
            var hash = new HashCode();
            foreach (var v in obj)
            {
                hash.Add(EquivalenceComparer.Instance.GetHashCode(v));
            }

            return hash.ToHashCode();
        }
    }
}

using System.Globalization;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>openCypher value semantics: ternary equality, comparability and the global sort order.</summary>
internal static partial class Values
{
    // Offsets, sentence numbers and counts stored in a graph are mostly small: one shared box each instead of one per property.
    private static readonly object?[] SmallIntegers = new object?[4096];

    public static bool IsNumber(object? v) => v is long or double;

    /// <summary>The integer as an engine value, small ones from a shared box (boxes are immutable, so sharing is safe).</summary>
    public static object Box(long value)
    {
        if ((ulong)value >= (ulong)SmallIntegers.Length)
        {
            return value;
        }

        // A race only boxes the same value twice; either box is correct.
        return SmallIntegers[value] ??= value;
    }

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
        long l when (ulong)l < (ulong)SmallIntegers.Length => Box(l),
        null or bool or long or double or string => v,
        int i => Box(i),
        short s => (long)s,
        byte b => (long)b,
        float f => (double)f,
        decimal m => (double)m,
        System.Text.Json.JsonElement json => FromJson(json),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        System.Collections.IDictionary map => map.Keys.Cast<object>()
            .ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => Normalize(map[k]), StringComparer.Ordinal),
        // No temporal types in this engine: instants and ids travel as their invariant text.
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("O", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString(),
        Enum value => value.ToString(),
        uint or ushort or sbyte => Convert.ToInt64(v, CultureInfo.InvariantCulture),
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
}

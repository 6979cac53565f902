using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal static partial class Values
{
    /// <summary>Grouping/DISTINCT equivalence: like equality, but null equals null and NaN equals NaN.</summary>
    public sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public static readonly EquivalenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            // Grouping asks this once per input row, and its keys are mostly strings, integers or graph entities: those
            // answer without the total order's type ranks.
            (string sx, string sy) => string.Equals(sx, sy, StringComparison.Ordinal),
            (long lx, long ly) => lx == ly,
            (GraphEntity ex, GraphEntity ey) => ex.GetType() == ey.GetType() && ex.Id == ey.Id,
            _ => Order(x, y) == 0 && TypeRank(x) == TypeRank(y) && SameEquivalence(x, y),
        };

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

        // A loop, not Zip/All: grouping calls this for every input row.
        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x!.Length != y!.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!EquivalenceComparer.Instance.Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

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

using System.Runtime.CompilerServices;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Caps how deeply lists and maps nest. Everything that reads a value (equality, ordering, hashing, the result converter,
/// a JSON writer) recurses into it, so <c>reduce(a = [], i IN range(1, 100000) | [a])</c> would otherwise build a value
/// that overflows the stack of whoever reads it. The cap is enforced where a value gains a level: list and map literals,
/// map projections, comprehensions, collect() and appending to a list.
/// </summary>
internal static class ValueDepth
{
    // Wide or nested containers remember their depth, so wrapping the same big value again and again stays cheap.
    private const int RememberFromCount = 16;

    private static readonly ConditionalWeakTable<object, StrongBox<int>> Known = new();

    /// <summary>Throws when a container holding <paramref name="item"/> would nest deeper than the cap.</summary>
    public static void EnsureCanHold(object? item, string what)
    {
        // collect() asks once per row, mostly of strings, numbers and entities: a class check each, where the interface
        // checks below scan the type's interfaces.
        if (item is null or string or long or double or bool or GraphEntity)
        {
            return;
        }

        if (item is IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> && Of(item) + 1 > CypherLimits.MaxValueDepth)
        {
            throw CypherErrors.Argument(
                $"{what} would nest lists and maps deeper than {CypherLimits.MaxValueDepth} levels (the limit on value depth).");
        }
    }

    /// <summary>0 for a scalar, node, relationship or path; 1 + the deepest element for a list or map.</summary>
    public static int Of(object? value) => Of(value, CypherLimits.MaxValueDepth + 1);

    // The budget bounds the recursion even for a value that was built without passing the checks.
    private static int Of(object? value, int budget)
    {
        if (value is not (IReadOnlyList<object?> or IReadOnlyDictionary<string, object?>))
        {
            return 0;
        }

        if (value is RangeList)
        {
            return 1;
        }

        if (Known.TryGetValue(value, out var known))
        {
            return known.Value;
        }

        if (budget <= 0)
        {
            return CypherLimits.MaxValueDepth + 1;
        }

        var deepest = 0;
        var count = 0;
        IEnumerable<object?> items = value is IReadOnlyDictionary<string, object?> map ? map.Values : (IReadOnlyList<object?>)value;
        foreach (var item in items)
        {
            count++;
            if (item is IReadOnlyList<object?> or IReadOnlyDictionary<string, object?>)
            {
                deepest = Math.Max(deepest, Of(item, budget - 1));
            }
        }

        var depth = deepest + 1;
        if (count >= RememberFromCount || depth > 1)
        {
            Known.AddOrUpdate(value, new StrongBox<int>(depth));
        }

        return depth;
    }
}

using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// How a record already in the graph absorbs a new claim about the same thing, for every adapter: what is known stays
/// (the first source to name a thing sets its display names), and what is new is added.
/// </summary>
public static class GraphMerge
{
    public static Entity Entity(Entity existing, Entity incoming) => existing with
    {
        Names = AddMissing(existing.Names, incoming.Names),
        Aliases = Unite(existing.Aliases, incoming.Aliases),
        Properties = AddMissing(existing.Properties, incoming.Properties),
        SearchKeys = Unite(existing.SearchKeys, incoming.SearchKeys),
    };

    public static Relationship Relationship(Relationship existing, Relationship incoming) => existing with
    {
        Properties = AddMissing(existing.Properties, incoming.Properties),
        Evidence = Unite(existing.Evidence, incoming.Evidence),
    };

    /// <summary>The canonical form of a new relationship: evidence distinct and in document, then text order.</summary>
    public static Relationship Normalize(Relationship relationship) =>
        Relationship(relationship with { Properties = new Dictionary<string, string>(), Evidence = [] }, relationship);

    public static bool Same(Entity a, Entity b) =>
        a.Id == b.Id && a.Type == b.Type && a.Name == b.Name && SameMap(a.Names, b.Names) && a.Aliases.SequenceEqual(b.Aliases)
        && SameMap(a.Properties, b.Properties) && a.SearchKeys.SequenceEqual(b.SearchKeys);

    public static bool Same(Relationship a, Relationship b) =>
        a.Id == b.Id && a.Type == b.Type && a.SourceId == b.SourceId && a.TargetId == b.TargetId
        && SameMap(a.Properties, b.Properties) && a.Evidence.SequenceEqual(b.Evidence);

    private static Dictionary<string, string> AddMissing(IReadOnlyDictionary<string, string> existing, IReadOnlyDictionary<string, string> incoming)
    {
        var merged = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var (key, value) in incoming)
        {
            if (!string.IsNullOrEmpty(value))
            {
                merged.TryAdd(key, value);
            }
        }

        return merged;
    }

    /// <summary>
    /// Evidence distinct, in document (ordinal), then span order; among equal spans the existing first. A stored fact's
    /// evidence is already in that order, so the few new items are merged into it (O(n)) rather than the whole list being
    /// sorted again on every document that states the fact; any other input takes the general rule.
    /// </summary>
    private static IReadOnlyList<Evidence> Unite(IReadOnlyList<Evidence> existing, IReadOnlyList<Evidence> incoming)
    {
        if (!StrictlyOrdered(existing))
        {
            return [.. existing.Concat(incoming).Distinct().Order(SpanOrder)];
        }

        var added = incoming.Distinct().Where(e => !Contains(existing, e)).Order(SpanOrder).ToList();
        if (added.Count == 0)
        {
            return existing;
        }

        var merged = new Evidence[existing.Count + added.Count];
        int i = 0, j = 0;
        for (var k = 0; k < merged.Length; k++)
        {
            merged[k] = j == added.Count || (i < existing.Count && CompareSpans(existing[i], added[j]) <= 0) ? existing[i++] : added[j++];
        }

        return merged;
    }

    // Document (ordinal), then start, then end; LINQ's Order is stable, so equal spans keep their input order.
    private static readonly Comparer<Evidence> SpanOrder = Comparer<Evidence>.Create(CompareSpans);

    private static int CompareSpans(Evidence a, Evidence b)
    {
        var order = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        return order != 0 ? order : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
    }

    private static bool StrictlyOrdered(IReadOnlyList<Evidence> evidence)
    {
        for (var i = 1; i < evidence.Count; i++)
        {
            if (CompareSpans(evidence[i - 1], evidence[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // Binary search in strictly ordered evidence: at most one item has the span.
    private static bool Contains(IReadOnlyList<Evidence> ordered, Evidence item)
    {
        int low = 0, high = ordered.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = CompareSpans(ordered[middle], item);
            if (order == 0)
            {
                return ordered[middle] == item;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private static List<string> Unite(IReadOnlyList<string> existing, IReadOnlyList<string> incoming) =>
        [.. existing.Concat(incoming).Distinct(StringComparer.Ordinal)];

    private static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}

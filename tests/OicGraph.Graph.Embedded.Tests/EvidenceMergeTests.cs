using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// <see cref="GraphMerge.Relationship"/> merges new evidence into a stored fact's ordered list instead of sorting the
/// union again; on any input it must give exactly what the rule says: the union, distinct, in document then span order,
/// the first occurrence first among equal spans.
/// </summary>
public sealed class EvidenceMergeTests
{
    [Fact]
    public void Merging_gives_the_rules_list_for_ordered_unordered_and_duplicated_inputs()
    {
        var random = new Random(13);
        for (var trial = 0; trial < 2000; trial++)
        {
            var existing = Evidence(random, random.Next(0, 12));
            if (trial % 2 == 0)
            {
                existing = Rule(existing, []);
            }

            var incoming = Evidence(random, random.Next(0, 5));
            if (trial % 5 == 0 && existing.Count > 0)
            {
                incoming.Add(existing[random.Next(existing.Count)]);
            }

            var merged = GraphMerge.Relationship(Fact(existing), Fact(incoming)).Evidence;
            Assert.Equal(Rule(existing, incoming), merged);
        }
    }

    private static List<Evidence> Rule(IEnumerable<Evidence> existing, IEnumerable<Evidence> incoming) =>
        [.. existing.Concat(incoming).Distinct().OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)];

    // Few documents and spans, so equal spans (with a different sentence) and exact duplicates both occur.
    private static List<Evidence> Evidence(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var start = random.Next(0, 4);
            return new Evidence(random.Next(0, 3) switch { 0 => "doc-a", 1 => "doc-B", _ => "doc-ä" }, start, start + random.Next(1, 3), "text", random.Next(0, 2));
        })];

    private static Relationship Fact(IReadOnlyList<Evidence> evidence) =>
        new("kazakhstan--member-of--oic", RelationType.MemberOf, "kazakhstan", "oic", new Dictionary<string, string>(), evidence);
}

using OicGraph.Cypher;

namespace OicGraph.Hostile.Benchmarks.Fuzzing;

/// <summary>A small graph in README's model: entities with names and aliases, documents, facts with evidence, mentions.</summary>
internal static class FuzzGraph
{
    public static PropertyGraph Build()
    {
        var graph = new PropertyGraph();
        long Entity(string id, string type, string name, params string[] aliases) => graph.AddNode(
            ["Entity", type],
            new Dictionary<string, object?> { ["id"] = id, ["type"] = type, ["name"] = name, ["aliases"] = aliases.ToList<object?>(), ["searchKeys"] = new List<object?> { name.ToLowerInvariant() } });
        var kazakhstan = Entity("kazakhstan", "Country", "Kazakhstan", "Qazaqstan", "Қазақстан");
        var oic = Entity("oic", "Organization", "Organisation of Islamic Cooperation", "OIC");
        var mussinov = Entity("askar-mussinov", "Person", "Askar Mussinov");
        var jeddah = Entity("jeddah", "City", "Jeddah");
        var date = Entity("date-1992", "Date", "1992");
        var document = graph.AddNode(["Document"], new Dictionary<string, object?>
        {
            ["id"] = "interview", ["kind"] = "article", ["title"] = "Interview", ["text"] = "قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.",
        });
        void Fact(long from, string type, long to, string id, params (string Key, object? Value)[] properties)
        {
            var map = new Dictionary<string, object?> { ["id"] = id, ["evidenceDocument"] = new List<object?> { "interview" }, ["evidenceText"] = new List<object?> { "قازاقستان" } };
            foreach (var (key, value) in properties)
            {
                map[key] = value;
            }

            graph.AddRelationship(from, to, type, map);
        }

        Fact(kazakhstan, "MEMBER_OF", oic, "kazakhstan--member-of--oic", ("since", "1992"));
        Fact(mussinov, "WORKS_FOR", oic, "askar-mussinov--works-for--oic", ("role", "Assistant Secretary General"));
        Fact(oic, "LOCATED_IN", jeddah, "oic--located-in--jeddah");
        Fact(kazakhstan, "OCCURRED_ON", date, "kazakhstan--occurred-on--date-1992");
        foreach (var (entity, start) in new[] { (kazakhstan, 0L), (date, 10L), (oic, 20L) })
        {
            graph.AddRelationship(document, entity, "MENTIONS", new Dictionary<string, object?> { ["start"] = start, ["end"] = start + 5, ["sentence"] = 0L, ["text"] = "x" });
        }

        return graph;
    }
}

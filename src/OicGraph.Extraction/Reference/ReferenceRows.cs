using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Reference;

/// <summary>Turns the rows of one reference table into entries, the facts they state, and posts.</summary>
internal static class ReferenceRows
{
    public static void Read(CsvTable table, List<ReferenceEntry> entries, List<ReferenceFact> facts, List<ReferencePost> posts, List<ReferenceTitle> titles)
    {
        if (table.Name == "titles")
        {
            titles.AddRange(table.Rows.Select(r => new ReferenceTitle(r["id"], r["name_kk"], Variants(r), r["person"])));
            return;
        }

        if (table.Name == "oic-posts")
        {
            posts.AddRange(table.Rows.Select(r => new ReferencePost(r["id"], r["name_en"], r["name_kk"], Variants(r), r["organization"])));
            return;
        }

        if (ReferenceData.TypeOfTable(table.Name) is not { } type)
        {
            return;
        }

        foreach (var row in table.Rows)
        {
            var id = row["id"];
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            AddIf(properties, "iso2", row["iso2"]);
            AddIf(properties, "iso3", row["iso3"]);
            AddIf(properties, "capital", row["capital"] is "yes" or "no" ? "" : row["capital"]);
            if (table.Name == "oic-member-states")
            {
                properties["oicStatus"] = row["status"];
                properties["accession"] = row["since"];
            }

            entries.Add(new ReferenceEntry(id, type, row["name_en"], row["name_kk"], Variants(row), properties, table.Name, row));
            foreach (var fact in FactsOf(table.Name, row))
            {
                facts.Add(fact with { File = table.Name, Row = row });
            }
        }
    }

    private static IEnumerable<ReferenceFact> FactsOf(string table, CsvRow row)
    {
        var id = row["id"];
        switch (table)
        {
            case "oic-member-states":
                var type = row["status"] == "observer" ? RelationType.ObserverOf : RelationType.MemberOf;
                yield return Fact(type, id, "oic", row, ("since", row["since"]));
                break;
            case "cities" when row["country"].Length > 0:
                yield return Fact(row["capital"] == "yes" ? RelationType.CapitalOf : RelationType.LocatedIn, id, row["country"], row);
                break;
            case "regions" or "oic-bodies" when row["part_of"].Length > 0:
                yield return Fact(RelationType.PartOf, id, row["part_of"], row);
                break;
            case "places" or "organizations" when row["located_in"].Length > 0:
                yield return Fact(RelationType.LocatedIn, id, row["located_in"], row);
                break;
            case "people" when row["of"].Length > 0 && row["role"].Length > 0:
                var leads = row["role"] is "President" or "King" or "Prime Minister" or "Chancellor" or "Crown Prince";
                yield return Fact(leads ? RelationType.LeaderOf : RelationType.HoldsPosition, id, row["of"], row, ("role", row["role"]));
                break;
        }
    }

    private static ReferenceFact Fact(RelationType type, string source, string target, CsvRow row, params (string Key, string Value)[] properties) =>
        new(type, source, target, properties.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), "", row);

    private static string[] Variants(CsvRow row) =>
        row["variants"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void AddIf(Dictionary<string, string> properties, string key, string value)
    {
        if (value.Length > 0)
        {
            properties[key] = value;
        }
    }
}

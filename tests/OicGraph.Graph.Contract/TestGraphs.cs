using System.Security.Cryptography;
using System.Text;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Contract;

/// <summary>Small, hand-checkable graphs for the store contract; spans are found in the text, never counted by hand.</summary>
public static class TestGraphs
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public const string InterviewText =
        "Kazakhstan joined the OIC in 1992. Askar Mussinov works for the OIC in Jeddah. Jeddah is in Saudi Arabia.";

    public const string ReferenceText = "# OIC member states\ncountry,accession\nKazakhstan,1995\nSaudi Arabia,1969\n";

    public const string SummitText = "The Astana summit was held in Astana. Kazakhstan chaired the OIC.";

    public static Document Doc(string id, string text, string kind = DocumentKinds.Article, string? date = "2023-11") =>
        new(id, kind, id, null, date, "kk", "Arab", text, Hash(text), IngestedAt);

    public static Entity Entity(string id, EntityType type, string name, string? arabic = null, params string[] aliases) => new(
        id,
        type,
        name,
        arabic is null
            ? new Dictionary<string, string> { [NameScripts.English] = name }
            : new Dictionary<string, string> { [NameScripts.English] = name, [NameScripts.KazakhArabic] = arabic },
        aliases,
        new Dictionary<string, string>(),
        [.. new[] { name }.Concat(aliases).Select(n => n.ToLowerInvariant())]);

    public static Mention Mention(Document document, string entityId, string words, int occurrence = 0) =>
        new(document.Id, entityId, Find(document.Text, words, occurrence), Find(document.Text, words, occurrence) + words.Length, words, 0);

    public static Evidence Evidence(Document document, string words) =>
        new(document.Id, Find(document.Text, words, 0), Find(document.Text, words, 0) + words.Length, words, 0);

    public static Relationship Fact(string source, RelationType type, string target, Evidence evidence, params (string Key, string Value)[] properties)
    {
        var suffix = string.Concat(properties.Select(p => $"--{p.Key}-{p.Value}"));
        return new Relationship(
            $"{source}--{type.Name().ToLowerInvariant().Replace('_', '-')}--{target}{suffix}",
            type,
            source,
            target,
            properties.ToDictionary(p => p.Key, p => p.Value),
            [evidence]);
    }

    public static Entity Kazakhstan => Entity("kazakhstan", EntityType.Country, "Kazakhstan", "قازاقستان", "Qazaqstan");

    public static Entity Oic => Entity("oic", EntityType.Organization, "Organisation of Islamic Cooperation", "يسلام ىنتىماقتاستىعى ۇيىمى", "OIC");

    public static Entity Mussinov => Entity("askar-mussinov", EntityType.Person, "Askar Mussinov", "اسقار مۋسينوۆ");

    public static Entity Jeddah => Entity("jeddah", EntityType.City, "Jeddah", "جيددا");

    public static Entity SaudiArabia => Entity("saudi-arabia", EntityType.Country, "Saudi Arabia", "ساۋد ارابياسى");

    public static Entity Year1992 => Entity("date-1992", EntityType.Date, "1992") with
    {
        Properties = new Dictionary<string, string> { ["value"] = "1992" },
    };

    public static Entity AstanaSummit => Entity("astana-summit", EntityType.Event, "Astana Summit");

    public static Entity Astana => Entity("astana", EntityType.City, "Astana", "استانا");

    /// <summary>Kazakhstan, the OIC, Mussinov, Jeddah, Saudi Arabia and 1992: five facts from one article.</summary>
    public static GraphPatch Interview()
    {
        var doc = Doc("interview", InterviewText);
        return new GraphPatch(
            [doc],
            [Kazakhstan, Oic, Mussinov, Jeddah, SaudiArabia, Year1992],
            [
                Fact("kazakhstan", RelationType.MemberOf, "oic", Evidence(doc, "Kazakhstan joined the OIC in 1992."), ("since", "1992")),
                Fact("askar-mussinov", RelationType.WorksFor, "oic", Evidence(doc, "Askar Mussinov works for the OIC in Jeddah.")),
                Fact("oic", RelationType.LocatedIn, "jeddah", Evidence(doc, "Askar Mussinov works for the OIC in Jeddah.")),
                Fact("jeddah", RelationType.LocatedIn, "saudi-arabia", Evidence(doc, "Jeddah is in Saudi Arabia.")),
            ],
            [
                Mention(doc, "kazakhstan", "Kazakhstan"),
                Mention(doc, "oic", "OIC"),
                Mention(doc, "oic", "OIC", 1),
                Mention(doc, "date-1992", "1992"),
                Mention(doc, "askar-mussinov", "Askar Mussinov"),
                Mention(doc, "jeddah", "Jeddah"),
                Mention(doc, "jeddah", "Jeddah", 1),
                Mention(doc, "saudi-arabia", "Saudi Arabia"),
            ]);
    }

    /// <summary>The reference's claim, which disagrees with the interview's 1992, plus Saudi Arabia's membership.</summary>
    public static GraphPatch Reference()
    {
        var doc = Doc("reference-oic-member-states", ReferenceText, DocumentKinds.Reference, date: null);
        var kazakhstan = Kazakhstan with { Names = new Dictionary<string, string> { [NameScripts.English] = "Republic of Kazakhstan", [NameScripts.KazakhCyrillic] = "Қазақстан" }, Aliases = ["Kazakstan"] };
        return new GraphPatch(
            [doc],
            [kazakhstan, Oic, SaudiArabia],
            [
                Fact("kazakhstan", RelationType.MemberOf, "oic", Evidence(doc, "Kazakhstan,1995"), ("since", "1995")),
                Fact("saudi-arabia", RelationType.MemberOf, "oic", Evidence(doc, "Saudi Arabia,1969"), ("since", "1969")),
            ],
            [Mention(doc, "oic", "OIC"), Mention(doc, "kazakhstan", "Kazakhstan"), Mention(doc, "saudi-arabia", "Saudi Arabia")]);
    }

    /// <summary>A second article that names Kazakhstan and the OIC again, and an event only it knows.</summary>
    public static GraphPatch Summit()
    {
        var doc = Doc("summit", SummitText);
        return new GraphPatch(
            [doc],
            [Kazakhstan, Oic, AstanaSummit, Astana],
            [
                Fact("astana-summit", RelationType.HeldIn, "astana", Evidence(doc, "The Astana summit was held in Astana.")),
                Fact("kazakhstan", RelationType.Chaired, "oic", Evidence(doc, "Kazakhstan chaired the OIC.")),
            ],
            [
                Mention(doc, "astana-summit", "Astana summit"),
                Mention(doc, "astana", "Astana", 1),
                Mention(doc, "kazakhstan", "Kazakhstan"),
                Mention(doc, "oic", "OIC"),
            ]);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static int Find(string text, string words, int occurrence)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(words, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{words}' occurs fewer than {occurrence + 1} times");
            }
        }

        return index;
    }
}

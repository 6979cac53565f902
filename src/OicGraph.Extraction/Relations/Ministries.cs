using System.Collections.Concurrent;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "денсаулық сақтау министрі" names a ministry without the word ministry: the reference organisations called
/// "X министрлігі" indexed by the words of X, so a minister's field finds the ministry (Ministry of Health of
/// Kazakhstan) and the role reads "Minister of Health".
/// </summary>
internal static class Ministries
{
    private static readonly ConcurrentDictionary<ReferenceData, Dictionary<string, ReferenceEntry>> ByData = new();
    private static readonly string Ministry = Lexicon.Key("министрлігі");
    private static readonly string[] CountryPrefixes = Lexicon.Keys("ҚР", "Қазақстан Республикасы", "Қазақстан Республикасының");

    /// <summary>The ministry whose field is the words <c>[first, last]</c> (match keys joined by spaces), or null.</summary>
    public static ReferenceEntry? OfField(ExtractionResources resources, string fieldKeys) =>
        Index(resources.Reference).GetValueOrDefault(fieldKeys);

    public static int LongestField => 6;

    /// <summary>"Minister of Health" for the Ministry of Health of Kazakhstan.</summary>
    public static string MinisterOf(ReferenceEntry ministry)
    {
        var name = ministry.NameEn;
        name = name.StartsWith("Ministry of ", StringComparison.Ordinal) ? name["Ministry of ".Length..] : name;
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        return "Minister of " + (of > 0 ? name[..of] : name);
    }

    private static Dictionary<string, ReferenceEntry> Index(ReferenceData data) => ByData.GetOrAdd(data, d =>
    {
        var index = new Dictionary<string, ReferenceEntry>(StringComparer.Ordinal);
        foreach (var entry in d.Entries.Where(e => e.Type == EntityType.Organization))
        {
            foreach (var name in entry.AllNames)
            {
                var key = Lexicon.Key(name);
                if (!key.EndsWith(" " + Ministry, StringComparison.Ordinal))
                {
                    continue;
                }

                var field = key[..^(Ministry.Length + 1)];
                foreach (var prefix in CountryPrefixes)
                {
                    if (field.StartsWith(prefix + " ", StringComparison.Ordinal))
                    {
                        field = field[(prefix.Length + 1)..];
                    }
                }

                index.TryAdd(field, entry);
            }
        }

        return index;
    });
}

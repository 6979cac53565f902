using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Extraction.Steps;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "Қырғыз елі" (the Kyrgyz country), "қазақ елінің": a people's name before the possessed noun ел is that people's
/// country, in whatever case ел carries (қырғыз елінде: in Kyrgyzstan). The labeller reads the people's name as a
/// nationality or nothing; run after it, before the relation rules, so the country is an argument like its name.
/// </summary>
internal static class DemonymCountries
{
    private static readonly Dictionary<string, string> Peoples = new Dictionary<string, string>
    {
        ["қазақ"] = "kazakhstan", ["қырғыз"] = "kyrgyzstan", ["өзбек"] = "uzbekistan", ["тәжік"] = "tajikistan",
        ["түрікмен"] = "turkmenistan", ["түрік"] = "turkey", ["әзербайжан"] = "azerbaijan", ["орыс"] = "russia",
        ["моңғол"] = "mongolia", ["грузин"] = "georgia", ["армян"] = "armenia", ["украин"] = "ukraine",
    }.ToDictionary(p => Lexicon.Key(p.Key), p => p.Value, StringComparer.Ordinal);

    // A people's name has one of these first letters: most words are ruled out before the dictionary hashes them.
    private static readonly string FirstLetters = string.Concat(Peoples.Keys.Select(k => k[0]).Distinct());

    private static readonly string Country = Lexicon.Key("ел");

    public static void Complete(ExtractionContext context)
    {
        var words = context.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // ел after it first: a plain prefix test rules out more words than the first letters, before the dictionary hashes one.
            if (words[i].Kind != WordKind.Word || words[i].Key.Length == 0 || !FirstLetters.Contains(words[i].Key[0])
                || !words[i + 1].Key.StartsWith(Country, StringComparison.Ordinal) || !Peoples.TryGetValue(words[i].Key, out var id) || words[i + 1].Sentence != words[i].Sentence
                || context.OwnerOf(i) is not null || context.OwnerOf(i + 1) is not null || !IsPossessedCountryNoun(words[i + 1].Key)
                || !context.Resources.Reference.ById.TryGetValue(id, out var entry))
            {
                continue;
            }

            context.AddMention(i, i + 1, GazetteerStep.FromReference(context, entry));
        }
    }

    // елі, елінде, елінің, еліне (not елдері, the countries; not елші, елде without the possessive).
    private static bool IsPossessedCountryNoun(string key) =>
        key.StartsWith(Country, StringComparison.Ordinal) && key.Length > Country.Length && CaseEndings.InflectionAfter(key, Country.Length) is { } ending
        && CaseEndings.IsPossessive(ending) && !HeadNouns.IsPlural(ending);
}

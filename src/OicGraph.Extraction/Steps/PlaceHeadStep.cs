using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Places by their head nouns: "X облысы" (a region, head included, as KazNERD marks it), "X ауданы / ауылы / қаласы /
/// кенті / елді мекені" and "X өзені / көлі / тауы" (the name X alone). A known city before "облысы" becomes its region; a country
/// followed by "Республикасы" (Корольдігі, Федерациясы) takes that word into its mention.
/// </summary>
internal sealed class PlaceHeadStep : IExtractionStep
{
    private static readonly (string Key, EntityType Type, string English, bool Included)[] Heads =
    [
        .. new[]
        {
            ("облыс", EntityType.Region, "Region", true), ("аудан", EntityType.Region, "District", false), ("ауыл", EntityType.City, "", false),
            ("қала", EntityType.City, "", false), ("кент", EntityType.City, "", false), ("өзен", EntityType.Place, "River", false),
            ("көл", EntityType.Place, "Lake", false), ("тау", EntityType.Place, "Mountain", false),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2, h.Item3, h.Item4)),
    ];

    private static readonly string Inhabited = Lexicon.Key("елді");
    private static readonly (string Key, EntityType Type, string English, bool Included) Settlement = (Lexicon.Key("мекен"), EntityType.City, "", false);
    private static readonly string[] StateWords = Lexicon.Keys("республикасы", "корольдігі", "федерациясы", "конфедерациясы", "мемлекеті", "сұлтандығы", "әмірлігі");
    private static readonly string[] Compass = Lexicon.Keys("солтүстік", "оңтүстік", "шығыс", "батыс", "орталық");
    private static readonly string[] Endings = ["", "نا", "ندا", "ندە", "نان", "نەن", "نىڭ", "ن", "نداعى", "ندەگى", "مەن"];

    public string Name => "place-heads";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        for (var i = 1; i < words.Count; i++)
        {
            if (context.OwnerOf(i) is not null || words[i].Kind != WordKind.Word || words[i - 1].Sentence != words[i].Sentence)
            {
                continue;
            }

            if (context.OwnerOf(i - 1) is { Entity.Type: EntityType.Country } country && country.Last == i - 1 && country.Suffix.Length == 0
                && Lexicon.StartsWithAny(words[i].Key, StateWords))
            {
                context.RemoveMention(country);
                context.AddMention(country.First, i, country.Entity, words[i].Key);
                continue;
            }

            // "X елді мекені" (the settlement X): a head of two words, the first of them uninflected.
            if (words[i].Key == Inhabited && i + 1 < words.Count && words[i + 1].Sentence == words[i].Sentence && IsHead(words[i + 1].Key, Settlement.Key))
            {
                Recognize(context, i, Settlement);
                continue;
            }

            foreach (var head in Heads)
            {
                if (IsHead(words[i].Key, head.Key))
                {
                    Recognize(context, i, head);
                    break;
                }
            }
        }
    }

    // وبلىسى, وبلىسىندا, وبلىستارىنداعى; not كولىك (transport) or تاۋىپ (found).
    private static bool IsHead(string key, string head)
    {
        if (!key.StartsWith(head, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key[head.Length..];
        foreach (var possessive in new[] { "ى", "سى", "تارى", "دارى", "لارى" })
        {
            if (rest.StartsWith(possessive, StringComparison.Ordinal) && Array.IndexOf(Endings, rest[possessive.Length..]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Recognize(ExtractionContext context, int headWord, (string Key, EntityType Type, string English, bool Included) head)
    {
        var words = context.Words;
        var name = headWord - 1;
        var owner = context.OwnerOf(name);
        if (owner is not null && (owner.Last != name || owner.Suffix.Length > 0))
        {
            return;
        }

        if (owner is { Entity.Type: EntityType.City or EntityType.Person or EntityType.Region } && head.Included)
        {
            context.RemoveMention(owner);
        }
        else if (owner is not null || !PersonNames.IsUnknownName(context, words[name].Key))
        {
            return;
        }

        var first = owner?.First ?? name;
        if (first - 1 >= 0 && words[first - 1].Sentence == words[name].Sentence && context.OwnerOf(first - 1) is null
            && Lexicon.IsAny(words[first - 1].Key, Compass))
        {
            first--;
        }

        var arabic = context.Normalized.Text[words[first].Start..words[name].End];
        var cyrillic = string.Join(' ', ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames).Split(' ')
            .Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        var english = (EnglishRomanizer.Romanize(cyrillic) + " " + head.English).Trim();
        var entity = context.Entity(Slug.Of(english), head.Type, english);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= arabic;
        context.AddMention(first, head.Included ? headWord : name, entity);
    }
}

using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A facility placed in a town or region, named by a phrase the labeller left out: right after the place in the
/// attributive locative (Франциядағы Лувр мұражайы, Алматыдағы 4-ші клиникалық аурухана, Ақмола облысындағы Сілеті су
/// қоймасы) or after "Y-да орналасқан", the bare modifiers up to a facility's head noun (зауыт, аурухана, мектеп,
/// мұражай, қойма ...). At least one modifier that is not a mere size or age (жаңа мектеп, үлкен аурухана are no names),
/// no count (екі мектеп), no verb form or word in a case of its own; a plural head is many facilities. The phrase becomes
/// a place (an organisation for a plant or an enterprise), so LocationRule puts it in the place. Runs after the
/// labeller, before the relation rules.
/// </summary>
internal static class FacilityNames
{
    private static readonly (string Stem, string English, EntityType Type)[] Heads =
    [
        .. new[]
        {
            ("зауыт", "Plant", EntityType.Organization), ("фабрика", "Factory", EntityType.Organization), ("комбинат", "Plant", EntityType.Organization),
            ("кәсіпорн", "Enterprise", EntityType.Organization), ("кәсіпорын", "Enterprise", EntityType.Organization),
            ("аурухана", "Hospital", EntityType.Place), ("емхана", "Clinic", EntityType.Place), ("диспансер", "Dispensary", EntityType.Place),
            ("мектеп", "School", EntityType.Place), ("мектеб", "School", EntityType.Place), ("лицей", "Lyceum", EntityType.Place),
            ("гимназия", "Gymnasium", EntityType.Place), ("колледж", "College", EntityType.Place), ("балабақша", "Kindergarten", EntityType.Place),
            ("мұражай", "Museum", EntityType.Place), ("музей", "Museum", EntityType.Place), ("театр", "Theatre", EntityType.Place),
            ("стадион", "Stadium", EntityType.Place), ("сарай", "Palace", EntityType.Place), ("саябақ", "Park", EntityType.Place),
            ("әуежай", "Airport", EntityType.Place), ("вокзал", "Station", EntityType.Place), ("мешіт", "Mosque", EntityType.Place),
            ("қойма", "Reservoir", EntityType.Place), ("колония", "Colony", EntityType.Place), ("шипажай", "Sanatorium", EntityType.Place),
            ("санаторий", "Sanatorium", EntityType.Place), ("кітапхана", "Library", EntityType.Place), ("ескерткіш", "Monument", EntityType.Place),
            ("бөгет", "Dam", EntityType.Place), ("базар", "Bazaar", EntityType.Place), ("орталығ", "Centre", EntityType.Place),
            ("станция", "Station", EntityType.Place),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2, h.Item3)).OrderByDescending(h => h.Item1.Length),
    ];

    private const int LongestName = 5;

    private static readonly string Located = Lexicon.Key("орналасқан");

    // Size, age and determiners: with only these before it the noun names no facility (жаңа мектеп, бұл зауыт).
    private static readonly string[] Generic = Lexicon.Keys(
        "жаңа", "үлкен", "ірі", "шағын", "кішкентай", "ескі", "бұрынғы", "жергілікті", "заманауи", "арнайы", "бір", "осы", "бұл", "сол", "ол",
        "мына", "барлық", "бүкіл", "кейбір", "әр", "өз", "біздің", "сіздің", "олардың", "ең", "жалғыз", "басқа", "екінші", "бірінші", "көптеген",
        "бірнеше", "орталық");

    // Words that end a name: conjunctions, adverbs of time, particles, quantifiers.
    private static readonly string[] Stops = Lexicon.Keys(
        "бүгін", "кеше", "ертең", "биыл", "қазір", "ал", "тағы", "сондай-ақ", "және", "мен", "да", "де", "та", "те", "ғана", "ма", "ме", "бір", "екі",
        "бұл", "осы", "сол", "ол", "мына", "кейбір", "көптеген", "әр", "барлық", "өз", "біздің", "сіздің");

    private static readonly string[] Numbered = Lexicon.Keys("нөмірі", "№");

    private static readonly string Most = Lexicon.Key("ең");

    public static void Complete(ExtractionContext context)
    {
        foreach (var place in context.Mentions.Where(m => m.Entity.Type is EntityType.City or EntityType.Country or EntityType.Region or EntityType.Place).ToList())
        {
            if (Start(context, place) is { } first)
            {
                Recognize(context, first);
            }
        }
    }

    // The word after the place in -дағы (its own place noun may carry it: облысындағы), or after "Y-да орналасқан".
    private static int? Start(ExtractionContext context, MentionDraft place)
    {
        var words = context.Words;
        var last = place.Last;
        if (last + 1 < words.Count && context.OwnerOf(last + 1) is null && words[last + 1].Sentence == words[last].Sentence
            && HeadNouns.EndingAfter(words[last + 1].Key, EntityType.Region) is not null)
        {
            last++;
        }

        if (last + 2 >= words.Count || words[last + 1].Sentence != words[last].Sentence)
        {
            return null;
        }

        var @case = CaseEndings.Of(words[last].Key);
        if (@case == GrammaticalCase.LocativeAttributive)
        {
            return last + 1;
        }

        return @case == GrammaticalCase.Locative && words[last + 1].Key == Located ? last + 2 : null;
    }

    private static void Recognize(ExtractionContext context, int first)
    {
        var words = context.Words;
        var sentence = words[first].Sentence;
        var named = false;
        for (var k = first; k < words.Count && k - first <= LongestName && words[k].Sentence == sentence; k++)
        {
            if (context.OwnerOf(k) is not null)
            {
                return;
            }

            var word = words[k];
            if (!word.IsWord)
            {
                // №2 мектеп-лицей, «Шағала» шипажайы: a number sign and quotes stay inside the name.
                if (word.Text is "«" or "»" or "“" or "”" or "№" or "-")
                {
                    continue;
                }

                return;
            }

            if (k > first && Head(word.Key) is { } head)
            {
                if (named)
                {
                    Add(context, first, k, head);
                }

                return;
            }

            // Қазақстандағы ең ірі ескерткіш: a superlative describes, it does not name.
            if (!IsModifier(context, k) || word.Key == Most)
            {
                return;
            }

            named |= !Lexicon.IsAny(word.Key, Generic);
        }
    }

    // мұражайы, ауруханаға, зауытынан, мектеп-лицейде: the head noun with any singular inflection.
    private static (string Stem, string English, EntityType Type, string Ending)? Head(string key)
    {
        var compound = key.LastIndexOf('-');
        var tail = compound > 0 ? key[(compound + 1)..] : key;
        foreach (var (stem, english, type) in Heads)
        {
            if (tail.StartsWith(stem, StringComparison.Ordinal) && tail[stem.Length..] is var ending && CaseEndings.IsInflection(ending) && !HeadNouns.IsPlural(ending))
            {
                return (stem, english, type, ending);
            }
        }

        return null;
    }

    // A bare noun or adjective, an ordinal (4-ші, төртінші), a number after нөмірі/№, a possessed noun (су қоймасы); no
    // verb form, no count, no post, no other facility's noun (мектеп пен аурухана are two), nothing in a case of its own.
    private static bool IsModifier(ExtractionContext context, int k)
    {
        var words = context.Words;
        var key = words[k].Key;
        var numbered = Lexicon.IsAny(words[k - 1].Key, Numbered) || words[k - 1].Text == "№";
        if (Lexicon.IsAny(key, Generic) || Lexicon.IsAny(key, Numbered))
        {
            return true;
        }

        if (Lexicon.IsAny(key, Stops) || Head(key) is not null)
        {
            return false;
        }

        if (char.IsDigit(key[0]) || Lexicon.Cardinal(key) is not null)
        {
            return Lexicon.EndsWithAny(key, Lexicon.Ordinal) || numbered;
        }

        // Сілеті су қоймасы: before another bare word an accusative-looking -ті is the name's own (an object needs its verb).
        var @case = CaseEndings.Of(key);
        var bareNext = k + 1 < words.Count && words[k + 1].IsWord && CaseEndings.Of(words[k + 1].Key) is GrammaticalCase.Nominative
            && !Lexicon.EndsWithAny(words[k + 1].Key, VerbTails) && !(words[k + 1].Key.Length > 3 && words[k + 1].Key.EndsWith(VerbalNoun, StringComparison.Ordinal));
        if (RoleCues.At(words, k, k + 1) is not null)
        {
            return false;
        }

        // ... and so is a finite -ты/-ті there: a finite verb ends its clause, it does not stand before a noun.
        return @case == GrammaticalCase.Accusative ? bareNext : @case == GrammaticalCase.Nominative && !IsVerbForm(key);
    }

    private static readonly string VerbalNoun = Lexicon.Key("у");

    private static bool IsVerbForm(string key) =>
        Lexicon.EndsWithAny(key, VerbTails) && !Lexicon.EndsWithAny(key, NounTails);

    private static readonly string[] VerbTails =
    [
        .. VerbEndings.ThirdPersonTails, .. VerbEndings.ProgressiveTails, .. VerbEndings.ParticipleTails, .. VerbEndings.ConverbTails,
        .. VerbEndings.ConditionalTails, .. VerbEndings.ScheduledTails,
    ];

    private static readonly string[] NounTails = Lexicon.Keys("лықты", "лікті");

    private static void Add(ExtractionContext context, int first, int head, (string Stem, string English, EntityType Type, string Ending) noun)
    {
        var words = context.Words;
        while (first < head && !words[first].IsWord && words[first].Text is not ("«" or "№"))
        {
            first++;
        }

        var headKey = words[head].Key;
        var bare = headKey[..^noun.Ending.Length];
        var arabic = context.Normalized.Text[words[first].Start..words[head].Start] + bare;
        var cyrillic = ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames);
        cyrillic = cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        // The modifiers glossed where the glossary knows them all, else romanised; the head noun in English (Luvr Museum).
        var modifiers = Enumerable.Range(first, head - first).Where(k => words[k].IsWord).ToList();
        var glossed = modifiers.Select(k => Glossary.Gloss(words[k].Key)).ToList();
        var named = glossed.Count > 0 && glossed.All(g => g is not null)
            ? string.Join(' ', glossed)
            : EnglishRomanizer.Romanize(ArabicToCyrillic.Convert(context.Normalized.Text[words[modifiers[0]].Start..words[modifiers[^1]].End], context.Resources.ReverseNames));
        var name = $"{char.ToUpperInvariant(named[0])}{named[1..]} {noun.English}";
        var entity = context.Entity(Slug.Of(name), noun.Type, name);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= arabic;
        context.AddMention(first, head, entity, noun.Ending);
    }
}

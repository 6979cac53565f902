using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Extraction.Steps;
using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A village named in its district: "X ауданының / ауданындағы / ауданына қарасты Y ауылы (аулы, кенті)" — the word
/// before the village noun is the village's name even where the labeller left it out (Шет ауданына қарасты Қайрақты
/// аулын). Only right after the district's (or region's) own place noun, so the name is placed and read as one; a
/// frequent word, a verb form, a count or an inflected word is never the name (туған ауылы, біздің ауылымыз). Runs
/// after the labeller, before the relation rules.
/// </summary>
internal static class PlacedVillages
{
    private static readonly string[] Wholes = Lexicon.Keys("аудан", "облыс");
    private static readonly string[] Villages = Lexicon.Keys("ауыл", "аул", "кент", "село");
    private static readonly string Subordinate = Lexicon.Key("қарасты");

    public static void Complete(ExtractionContext context)
    {
        // Both passes look only right after a district's place noun, which few words follow: found once, in one sweep.
        var placed = PlacedWords(context);
        if (placed.Count == 0)
        {
            return;
        }

        var words = context.Words;
        foreach (var w in placed)
        {
            if (w + 1 >= words.Count || context.OwnerOf(w) is not null || context.OwnerOf(w + 1) is not null
                || words[w + 1].Sentence != words[w].Sentence || !IsVillageNoun(words[w + 1].Key) || !IsName(context, words[w].Key))
            {
                continue;
            }

            context.AddMention(w, w, Village(context, w));
        }

        Lists(context, placed);
    }

    // The words (from the second on) that are words and stand right after a whole's place noun (Placed), in order.
    private static List<int> PlacedWords(ExtractionContext context)
    {
        var placed = new List<int>();
        var words = context.Words;
        for (var w = 1; w < words.Count; w++)
        {
            var before = words[w - 1].Key;
            if (PlaceNouns.Candidates(before).Length > 0 && words[w].Kind == WordKind.Word && Placed(context, w))
            {
                placed.Add(w);
            }
        }

        return placed;
    }

    // A word before a placed one starts with a whole's place noun or is "қарасты": most words are ruled out by two letters.
    private static readonly TwoLetterIndex<string> PlaceNouns = new(Wholes.Append(Subordinate), s => s[..Math.Min(2, s.Length)]);

    // Балқаш ауданындағы Бақбақты, Бірлік, Ақдала ауылдарында: one-word names listed right after the district's place
    // noun and before a plural village noun are villages, each read as a whole bare word (a name of the list is bare; the
    // labeller's reading of one as a person or with a case stripped gives way), when the labeller took one of them for a
    // name.
    private static void Lists(ExtractionContext context, List<int> placed)
    {
        var words = context.Words;
        var from = 1;
        foreach (var w in placed)
        {
            if (w < from || w + 2 >= words.Count)
            {
                continue;
            }

            var names = new List<int>();
            var k = w;
            while (k + 1 < words.Count && words[k].Sentence == words[w].Sentence && words[k].Kind == WordKind.Word && IsListName(context, k))
            {
                names.Add(k);
                if (words[k + 1].Kind == WordKind.Word && IsVillagesNoun(words[k + 1].Key))
                {
                    break;
                }

                if (k + 2 >= words.Count || !IsSeparator(words[k + 1]))
                {
                    names.Clear();
                    break;
                }

                k += 2;
            }

            // At least one of them the labeller took for a name: a list of free words is as likely a list of adjectives
            // (шалғай, шағын ауылдарында).
            if (names.Count < 2 || names[^1] + 1 >= words.Count || !IsVillagesNoun(words[names[^1] + 1].Key) || context.OwnerOf(names[^1] + 1) is not null
                || names.All(n => context.OwnerOf(n) is null))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (context.OwnerOf(name) is { } owner)
                {
                    context.RemoveMention(owner);
                }

                context.AddMention(name, name, Village(context, name));
            }

            from = names[^1] + 2;
        }
    }

    // A list's name: a free word that may be a name, or a one-word mention of a place or person (the labeller's guess).
    private static bool IsListName(ExtractionContext context, int k)
    {
        var owner = context.OwnerOf(k);
        return owner is null ? IsName(context, context.Words[k].Key)
            : owner.First == k && owner.Last == k && owner.Entity.Type is EntityType.City or EntityType.Place or EntityType.Person;
    }

    private static readonly string[] Separators = Lexicon.Keys("және", "мен", "пен", "бен");

    private static bool IsSeparator(Word word) => word.Is(',') || word.Is('،') || Lexicon.IsAny(word.Key, Separators);

    // ауылдарында, ауылдарының, кенттері: a plural village noun with the possessive.
    private static bool IsVillagesNoun(string key)
    {
        foreach (var village in Villages)
        {
            if (key.StartsWith(village, StringComparison.Ordinal) && key.Length > village.Length && CaseEndings.InflectionAfter(key, village.Length) is { } ending
                && HeadNouns.IsPlural(ending) && CaseEndings.IsPossessive(ending))
            {
                return true;
            }
        }

        return false;
    }

    // The bare word is the whole name (a labeller's name would strip Қайрақты's -ты as a case): the reference village
    // if the gazetteer knows it, else a new one read back from the Arabic.
    private static EntityDraft Village(ExtractionContext context, int w)
    {
        var arabic = context.Words[w].Text;
        if (context.Resources.EntityAt(context.Words, w, w + 1) is { Last: var last } known && last == w && known.Suffix.Length == 0
            && known.Values.FirstOrDefault(v => v.Type is EntityType.City or EntityType.Place) is { } entry)
        {
            return GazetteerStep.FromReference(context, entry);
        }

        var cyrillic = ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames);
        cyrillic = cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        var english = EnglishRomanizer.Romanize(cyrillic);
        var entity = context.Entity(Slug.Of(english), EntityType.City, english);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= arabic;
        entity.Properties.TryAdd("nameSource", "transliterated");
        return entity;
    }

    // аулы, аулын, ауылында, кентінің: a village noun with the possessive (its name before it).
    private static bool IsVillageNoun(string key)
    {
        foreach (var village in Villages)
        {
            if (key.StartsWith(village, StringComparison.Ordinal) && key.Length > village.Length && CaseEndings.InflectionAfter(key, village.Length) is { } ending
                && CaseEndings.IsPossessive(ending) && !HeadNouns.IsPlural(ending))
            {
                return true;
            }
        }

        return false;
    }

    // Right after "ауданының" / "ауданындағы" (the district's place noun owning or holding it), or "ауданына қарасты".
    private static bool Placed(ExtractionContext context, int w)
    {
        var words = context.Words;
        var before = words[w - 1];
        if (before.Sentence != words[w].Sentence)
        {
            return false;
        }

        if (before.Key == Subordinate)
        {
            return w - 2 >= 0 && WholeEnding(words[w - 2].Key) is { } dative && CaseEndings.Of(dative) == GrammaticalCase.Dative;
        }

        return WholeEnding(before.Key) is { } ending && CaseEndings.Of(ending) is GrammaticalCase.Genitive or GrammaticalCase.LocativeAttributive
            && CaseEndings.IsPossessive(ending);
    }

    private static string? WholeEnding(string key)
    {
        foreach (var whole in Wholes)
        {
            if (key.StartsWith(whole, StringComparison.Ordinal) && CaseEndings.InflectionAfter(key, whole.Length) is { } ending)
            {
                return ending;
            }
        }

        return null;
    }

    // Before its possessed head noun a name is bare, so endings that look like a case are the name's own (Қайрақты,
    // Көлді: -ты/-ді, "having"); participles are not names (туған ауылы).
    private static bool IsName(ExtractionContext context, string key) =>
        key.Length >= 3 && !char.IsDigit(key[0]) && !PersonNames.IsCommon(context, key) && Lexicon.Cardinal(key) is null
        && !Lexicon.EndsWithAny(key, NotNames);

    private static readonly string[] NotNames = Lexicon.Keys("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "ып", "іп", "мыз", "міз", "ың", "ің");
}

using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Organisations the reference data does not know, by their head noun with its possessive ending: "X министрлігі",
/// "X ұйымы", "X университеті", "X комитеті", "X банкі", "X партиясы", "X кеңесі", ... X is the one to four bare words
/// before the head (a known place among them is fine); participles, converbs and inflected words end the name.
/// </summary>
internal sealed class OrganizationStep : IExtractionStep
{
    private static readonly (string Key, string English)[] Heads =
    [
        .. new[]
        {
            ("министрлігі", "Ministry"), ("ұйымы", "Organisation"), ("университеті", "University"), ("комитеті", "Committee"),
            ("банкі", "Bank"), ("қоры", "Fund"), ("агенттігі", "Agency"), ("академиясы", "Academy"), ("партиясы", "Party"),
            ("одағы", "Union"), ("кеңесі", "Council"), ("компаниясы", "Company"), ("институты", "Institute"), ("комиссиясы", "Commission"),
            ("басқармасы", "Department"), ("департаменті", "Department"), ("қауымдастығы", "Association"), ("бірлестігі", "Association"),
            ("федерациясы", "Federation"), ("корпорациясы", "Corporation"), ("холдингі", "Holding"), ("палатасы", "Chamber"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)),
    ];

    private static readonly string[] NotNames = ["عان", "گەن", "قان", "كەن", "ىپ", "ىپتى", "دى", "تى", "ۋ", "سا", "سە", "لى", "شى", "ارى"];
    private static readonly string And = Lexicon.Key("және");

    public string Name => "organizations";

    public void Run(ExtractionContext context)
    {
        NationalBodies.Run(context);
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord + 1; i < sentence.EndWord; i++)
            {
                if (context.OwnerOf(i) is not null || words[i].Kind != WordKind.Word || Head(context, words[i].Key) is not { } head)
                {
                    continue;
                }

                var first = i;
                for (var k = i - 1; k >= sentence.FirstWord && i - k <= 4 && IsNamePart(context, k, i); k--)
                {
                    first = k;
                }

                if (words[first].Key == And)
                {
                    first++;
                }

                if (first == i)
                {
                    continue;
                }

                Recognize(context, first, i, head);
            }
        }
    }

    private static string? Head(ExtractionContext context, string key)
    {
        foreach (var (head, english) in Heads)
        {
            if (key.StartsWith(head, StringComparison.Ordinal) && (key.Length == head.Length || context.Resources.NameStems(key).Contains(head)))
            {
                return english;
            }
        }

        return null;
    }

    private static bool IsNamePart(ExtractionContext context, int k, int head)
    {
        var word = context.Words[k];
        if (context.OwnerOf(k) is { } owner)
        {
            // Павлодар мемлекеттік университеті, Қазақстанның парламенті: a place in front belongs to the name.
            return owner.Entity.Type is EntityType.Country or EntityType.City or EntityType.Region
                && (owner.Suffix.Length == 0 || owner.Suffix.EndsWith("نىڭ", StringComparison.Ordinal));
        }

        if (word.Kind != WordKind.Word)
        {
            return false;
        }

        if (word.Key == And)
        {
            return k - 1 >= 0 && k + 1 < head;
        }

        return word.Key.Length >= 2 && !PersonNames.IsInflected(word.Key) && !Lexicon.StartsWithAny(word.Key, ["-"])
            && !NotNames.Any(e => word.Key.EndsWith(e, StringComparison.Ordinal))
            && !Lexicon.IsAny(word.Key, Reference.Lexicon.PersonTitles) && !Function.Contains(word.Key);
    }

    private static readonly HashSet<string> Function = [.. Lexicon.Keys("бұл", "осы", "сол", "ол", "мен", "бен", "пен", "да", "де", "та", "те", "әр", "барлық", "бүкіл", "жаңа", "бір", "екі", "үш", "өз", "біздің", "сіздің", "олардың", "кейбір", "көптеген", "түрлі", "аталған", "жергілікті", "тиісті", "еліміздің", "бірнеше", "және")];

    private static void Recognize(ExtractionContext context, int first, int last, string head)
    {
        var words = context.Words;
        var owned = Enumerable.Range(first, last - first + 1).Select(context.OwnerOf).Where(m => m is not null).Distinct().ToList();
        foreach (var mention in owned)
        {
            context.RemoveMention(mention!);
        }

        var stem = context.Resources.NameStems(words[last].Key).FirstOrDefault(s => s.Length < words[last].Key.Length && Heads.Any(h => h.Key == s)) ?? words[last].Key;
        var nameArabic = context.Normalized.Text[words[first].Start..words[last].Start] + stem;
        var cyrillic = ArabicToCyrillic.Convert(nameArabic, context.Resources.ReverseNames);
        cyrillic = cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        var glossed = Enumerable.Range(first, last - first).Select(k => Glossary.Gloss(words[k].Key) ?? NumberedEvents.CountryPair(context, words[k].Key)).ToList();
        var english = glossed.All(g => g is not null)
            ? $"{string.Join(' ', glossed)} {head}"
            : glossed.Any(g => g?.Contains('–', StringComparison.Ordinal) == true) // "Kazakhstan–Turkey Iskerlik Council"
                ? string.Join(' ', Enumerable.Range(first, last - first).Select(k => glossed[k - first]
                    ?? EnglishRomanizer.Romanize(ArabicToCyrillic.Convert(words[k].Text, context.Resources.ReverseNames)))) + " " + head
                : EnglishRomanizer.Romanize(cyrillic);
        var entity = context.Entity(Slug.Of(english), EntityType.Organization, english);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= nameArabic;
        context.AddMention(first, last, entity, words[last].Key[Math.Min(stem.Length, words[last].Key.Length)..]);
    }
}

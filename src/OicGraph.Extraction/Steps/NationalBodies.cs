using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// "X's parliament" is X's: the reference knows Kazakhstan's bodies by their bare names (Парламент, Үкімет, Денсаулық
/// сақтау министрлігі), so a country written before one (تۇركيا پارلامەنتى, رەسەي ۇكىمەتى) makes it that country's body,
/// and "قازاقستاننىڭ پارلامەنتىندە" is Kazakhstan's parliament with the country in its name, as KazNERD marks it.
/// </summary>
internal static class NationalBodies
{
    private const string OfKazakhstan = " of Kazakhstan";
    private static readonly string[] Genitive = ["نىڭ", "دىڭ", "تىڭ"];

    public static void Run(ExtractionContext context)
    {
        SharedHeads(context);
        foreach (var body in context.Mentions.Where(IsKazakhBody).ToList())
        {
            if (body.First == 0 || context.OwnerOf(body.First - 1) is not { Entity.Type: EntityType.Country } country
                || country.Last != body.First - 1 || context.SentenceOf(country) != context.SentenceOf(body)
                || (country.Suffix.Length > 0 && !Genitive.Any(g => country.Suffix.EndsWith(g, StringComparison.Ordinal)))
                || !Possessed(context, body))
            {
                continue;
            }

            var entity = country.Entity.Id == "kazakhstan" ? body.Entity : Foreign(context, body.Entity, country.Entity);
            context.RemoveMention(country);
            context.RemoveMention(body);
            context.AddMention(country.First, body.Last, entity, body.Suffix);
        }
    }

    private static readonly string[] Lists = [.. Reference.Lexicon.Keys("мен", "бен", "пен", "және"), ","];
    private static readonly string[] PluralPossessives = ["لارى", "لەرى", "دارى", "دەرى", "تارى", "تەرى"];

    // "قازاقستان مەن وزبەكستان سىرتقى ىستەر مينيسترلىكتەرى": two countries sharing one plural body noun are two bodies,
    // the first named by its country alone, the second by the rest of the phrase.
    private static void SharedHeads(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var first in context.Mentions.Where(m => m.Entity.Type == EntityType.Country && m.Suffix.Length == 0).ToList())
        {
            var list = first.Last + 1;
            if (list + 1 >= words.Count || !Reference.Lexicon.IsAny(words[list].Key, Lists) && !words[list].Is(',')
                || context.OwnerOf(list + 1) is not { Entity.Type: EntityType.Country, Suffix.Length: 0 } second || second.First != list + 1)
            {
                continue;
            }

            var sentence = context.SentenceOf(first);
            for (var head = second.Last + 1; head < words.Count && head <= second.Last + 5 && words[head].Sentence == sentence; head++)
            {
                if (context.OwnerOf(head) is { } owned)
                {
                    // The gazetteer read the plural itself (پارلامەنتتەرى): that body, shared.
                    if (owned.Last == head && owned.First == second.Last + 1 && IsKazakhBody(owned) && Singular(words[head].Key) is not null)
                    {
                        context.RemoveMention(owned);
                        Share(context, owned.Entity, first, second, head);
                    }

                    break;
                }

                if (Singular(words[head].Key) is not { } singular)
                {
                    continue;
                }

                var phrase = Enumerable.Range(second.Last + 1, head - second.Last - 1).Select(k => words[k])
                    .Append(new Word(0, singular.Length, singular, singular, WordKind.Word, 0)).ToList();
                if (context.Resources.EntityAt(phrase, 0, phrase.Count) is { } match && match.Last == phrase.Count - 1 && match.Suffix.Length == 0
                    && match.Values.FirstOrDefault(v => v.Type == EntityType.Organization && v.NameEn.EndsWith(OfKazakhstan, StringComparison.Ordinal)) is { } entry)
                {
                    Share(context, GazetteerStep.FromReference(context, entry), first, second, head);
                }

                break;
            }
        }
    }

    private static void Share(ExtractionContext context, EntityDraft body, MentionDraft first, MentionDraft second, int head)
    {
        foreach (var country in new[] { first, second })
        {
            context.RemoveMention(country);
            var entity = country.Entity.Id == "kazakhstan" ? body : Foreign(context, body, country.Entity);
            context.AddMention(country.First, ReferenceEquals(country, second) ? head : country.Last, entity, "");
        }
    }

    // مينيسترلىكتەرى → مينيسترلىگى, پارلامەنتتەرى → پارلامەنتى: the singular of a plural possessive, voicing undone.
    private static string? Singular(string key)
    {
        foreach (var plural in PluralPossessives)
        {
            if (key.Length > plural.Length + 2 && key.EndsWith(plural, StringComparison.Ordinal))
            {
                var stem = key[..^plural.Length];
                var last = stem[^1];
                return last is 'ا' or 'ە' or 'و' or 'ۇ' or 'ى' or 'ي' or 'ۋ' ? stem + "سى"
                    : stem[..^1] + (last switch { 'ك' => 'گ', 'ق' => 'ع', 'پ' => 'ب', _ => last }) + "ى";
            }
        }

        return null;
    }

    // "تۇركيا پارلامەنتى" (Turkey's parliament) has the possessive ending; "قىرعىز رەسپۋبليكاسى ۇكىمەت باسشىلارى" (heads of
    // government) does not, and the country stands alone.
    private static bool Possessed(ExtractionContext context, MentionDraft body) =>
        context.Words[body.Last].Key is var key && (key.EndsWith('ى') || body.Suffix.StartsWith('ى') || body.Suffix.StartsWith("سى", StringComparison.Ordinal));

    // The reference names Kazakhstan's own bodies "... of Kazakhstan" (Parliament, Government, the ministries).
    private static bool IsKazakhBody(MentionDraft mention) =>
        mention.Entity.Type == EntityType.Organization && mention.Entity.NameEn.EndsWith(OfKazakhstan, StringComparison.Ordinal)
        && mention.Entity.Id != "kazakhstan";

    private static EntityDraft Foreign(ExtractionContext context, EntityDraft body, EntityDraft country)
    {
        var english = body.NameEn[..^OfKazakhstan.Length] + " of " + country.NameEn;
        var entity = context.Entity(Slug.Of(english), EntityType.Organization, english);
        if (entity.NameCyrillic is null && country.NameCyrillic is { } state && body.NameCyrillic is { } name)
        {
            // Қазақстан Республикасы Сыртқы істер министрлігі → Түркия Сыртқы істер министрлігі; Парламент → Түркия парламенті.
            var bare = name.StartsWith("Қазақстан Республикасы ", StringComparison.Ordinal) ? name["Қазақстан Республикасы ".Length..] : name;
            var possessed = bare.Contains(' ', StringComparison.Ordinal) ? bare : Possessive(bare);
            entity.NameCyrillic = $"{state} {possessed}";
            entity.NameLatin = CyrillicToLatin.Convert(entity.NameCyrillic);
            entity.NameArabic = CyrillicToArabic.Convert(entity.NameCyrillic);
        }

        entity.Properties["country"] = country.Id;
        return entity;
    }

    // Парламент → парламенті, Үкімет → үкіметі, Сенат → сенаты: the izafet ending after a consonant, by the last vowel.
    private static string Possessive(string noun)
    {
        var lower = noun.ToLowerInvariant();
        var back = lower.LastOrDefault(c => "аоұыуеөүіәэи".Contains(c)) is var v && "аоұыу".Contains(v);
        var vowelFinal = "аоұыуеөүіәэияю".Contains(lower[^1]);
        return lower + (vowelFinal ? (back ? "сы" : "сі") : (back ? "ы" : "і"));
    }
}

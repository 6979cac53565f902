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

    // "تۇركيا پارلامەنتى" (Turkey's parliament) has the possessive ending; "قىرعىز رەسپۋبليكاسى ۇكىمەت باسشىلارى" (heads of
    // government) does not, and the country stands alone.
    private static bool Possessed(ExtractionContext context, MentionDraft body) =>
        context.Words[body.Last].Key is var key && (key.EndsWith('ى') || body.Suffix.StartsWith('ى') || body.Suffix.StartsWith("سى", StringComparison.Ordinal));

    private static bool IsKazakhBody(MentionDraft mention) =>
        mention.Entity.Type == EntityType.Organization && mention.Entity.Id.EndsWith("-kz", StringComparison.Ordinal)
        && mention.Entity.NameEn.EndsWith(OfKazakhstan, StringComparison.Ordinal);

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

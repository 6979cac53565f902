using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A district named after a river, lake or resort: "Іле ауданы", "Балқаш ауданының әкімі", "Бурабай ауданындағы" name the
/// district, not the place the gazetteer knows by that word (Ili River, Lake Balkhash), so its mention is re-pointed to a
/// district of that name, and the rules read it as a region with its own head noun. So is a district, town or village
/// named after a person (Абай ауданында, Абай қаласындағы, Бейімбет Майлин ауылы): a person's bare name right before a
/// possessed place noun is the place's. Runs after the labeller, before the relation rules.
/// </summary>
internal static class DistrictNames
{
    private static readonly string District = Lexicon.Key("аудан");
    private static readonly string[] Kinds = ["River", "Lake", "Mountain", "Mountains", "Reservoir"];

    // The place nouns a person's name can stand before, and the kind of place each names.
    private static readonly (string Stem, string Kind, EntityType Type)[] Settlements =
    [
        .. new[] { ("аудан", "District", EntityType.Region), ("қала", "City", EntityType.City), ("ауыл", "Village", EntityType.City), ("аул", "Village", EntityType.City), ("кент", "Village", EntityType.City) }
            .Select(s => (Lexicon.Key(s.Item1), s.Item2, s.Item3)),
    ];

    public static void Complete(ExtractionContext context)
    {
        NamedAfterPeople(context);

        var words = context.Words;
        foreach (var place in context.Mentions.Where(m => m.Entity.Type == EntityType.Place && m.Suffix.Length == 0).ToList())
        {
            var next = place.Last + 1;
            if (next >= words.Count || context.OwnerOf(next) is not null || words[next].Sentence != words[place.Last].Sentence
                || !words[next].Key.StartsWith(District, StringComparison.Ordinal) || words[next].Key[District.Length..] is not { Length: > 0 } ending
                || !CaseEndings.IsInflection(ending) || !CaseEndings.IsPossessive(ending) || HeadNouns.IsPlural(ending))
            {
                continue;
            }

            var name = string.Join(' ', place.Entity.NameEn.Split(' ').Where(w => !Kinds.Contains(w)));
            if (name.Length == 0)
            {
                continue;
            }

            var district = context.Entity(Slug.Of(name + " District"), EntityType.Region, name + " District");
            district.NameCyrillic ??= place.Entity.NameCyrillic is { } cyrillic ? cyrillic.Split(' ')[0] + " ауданы" : null;
            context.RemoveMention(place);
            context.AddMention(place.First, place.Last, district, place.Suffix);
        }
    }

    private static void NamedAfterPeople(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var person in context.Mentions.Where(m => m.Entity.Type == EntityType.Person && m.Suffix.Length == 0 && m.Last - m.First <= 1).ToList())
        {
            var next = person.Last + 1;
            if (next >= words.Count || context.OwnerOf(next) is not null || words[next].Sentence != words[person.Last].Sentence
                || Settlement(words[next].Key) is not { } place)
            {
                continue;
            }

            // The name as written (a person's English name may be the full one: Abai Kunanbayev).
            var arabic = context.Normalized.Text[words[person.First].Start..words[person.Last].End];
            var cyrillic = ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames);
            cyrillic = string.Join(' ', cyrillic.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
            var name = EnglishRomanizer.Romanize(cyrillic);
            var english = place.Type == EntityType.Region ? $"{name} {place.Kind}" : name;
            var entity = context.Entity(Slug.Of($"{name} {place.Kind}"), place.Type, english);
            entity.NameCyrillic ??= cyrillic;
            entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
            entity.NameArabic ??= arabic;
            context.RemoveMention(person);
            context.AddMention(person.First, person.Last, entity, person.Suffix);
        }
    }

    // ауданы, қаласындағы, аулының: a place noun with the possessive, singular.
    private static (string Kind, EntityType Type)? Settlement(string key)
    {
        foreach (var (stem, kind, type) in Settlements)
        {
            if (key.StartsWith(stem, StringComparison.Ordinal) && key[stem.Length..] is { Length: > 0 } ending && CaseEndings.IsInflection(ending)
                && CaseEndings.IsPossessive(ending) && !HeadNouns.IsPlural(ending))
            {
                return (kind, type);
            }
        }

        return null;
    }
}

using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A district named after a river, lake or resort: "Іле ауданы", "Балқаш ауданының әкімі", "Бурабай ауданындағы" name the
/// district, not the place the gazetteer knows by that word (Ili River, Lake Balkhash), so its mention is re-pointed to a
/// district of that name, and the rules read it as a region with its own head noun. Runs after the labeller, before the
/// relation rules.
/// </summary>
internal static class DistrictNames
{
    private static readonly string District = Lexicon.Key("аудан");
    private static readonly string[] Kinds = ["River", "Lake", "Mountain", "Mountains", "Reservoir"];

    public static void Complete(ExtractionContext context)
    {
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
}

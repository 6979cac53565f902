using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>"ءال-اقسا مەشىتىنىڭ ورتەنۋ وقيعاسى" (the burning of the al-Aqsa Mosque): an incident at the place named before it.</summary>
internal sealed class IncidentStep : IExtractionStep
{
    private static readonly (string[] Keys, string English)[] Incidents =
    [
        .. new[] { ("өртену оқиғасы", "fire"), ("өрт", "fire"), ("жер сілкінісі", "earthquake"), ("жарылыс", "explosion"), ("шабуыл", "attack"), ("апат", "disaster") }
            .Select(i => (i.Item1.Split(' ').Select(Lexicon.Key).ToArray(), i.Item2)),
    ];

    public string Name => "incidents";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var place in context.Mentions.Where(m => m.Entity.Type is EntityType.Place or EntityType.City).ToList())
        {
            var sentenceEnd = context.Sentences[words[place.First].Sentence].EndWord;
            foreach (var (keys, english) in Incidents)
            {
                var last = place.Last + keys.Length;
                if (last >= sentenceEnd || !context.IsFree(place.Last + 1, last)
                    || !keys.Select((k, n) => IsWord(context, words[place.Last + 1 + n].Key, k)).All(b => b))
                {
                    continue;
                }

                var name = $"{place.Entity.NameEn} {english}";
                var entity = context.Entity(Naming.Slug.Of(name), EntityType.Event, name);
                entity.NameArabic ??= context.Normalized.Text[words[place.First].Start..words[last].End];
                context.AddMention(place.Last + 1, last, entity);
                context.Relate(RelationType.HeldIn, entity, place.Entity, words[place.First].Sentence);
                break;
            }
        }
    }

    // The incident word itself or an inflection of it (ءورتتىڭ, اپاتتان), not a longer word it begins: ورتاق (ортақ,
    // common) and ورتالىق (орталық, centre) start with ورت (өрт, fire).
    private static bool IsWord(ExtractionContext context, string key, string incident) =>
        key == incident || (key.StartsWith(incident, StringComparison.Ordinal) && context.Resources.NameStems(key).Contains(incident));
}

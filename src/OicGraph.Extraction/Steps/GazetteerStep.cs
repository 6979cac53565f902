using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Reference names and posts, longest match first, the last word inflected (قازاقستاننىڭ, ساۋد ارابياسىندا, يىۇ-داعى).
/// A name turned into an adjective (پالەستينالىق "Palestinian") names a people, not the place, and is skipped.
/// </summary>
internal sealed class GazetteerStep : IExtractionStep
{
    // "استاناسى" is "its capital" (астана is also the common noun), not the city Astana.
    private static readonly HashSet<string> CommonNounsWithPossessive = new(StringComparer.Ordinal) { "astana" };

    // "سۋدان" is as often су-дан "from water" as Sudan; inflected (سۋداننىڭ) it can only be the country.
    private static readonly HashSet<string> NamesOnlyWhenInflected = new(StringComparer.Ordinal) { "sudan" };

    // Хабар the channel is also хабар "news": read as the channel only bare or in the genitive (حابار, حابارنىڭ).
    private static readonly HashSet<string> NamesOnlyBare = new(StringComparer.Ordinal) { "khabar" };

    private static readonly string[] Derivations = ["لىق", "لىك", "دىق", "دىك", "تىق", "تىك", "شا", "شە"];

    public string Name => "gazetteer";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        var resources = context.Resources;

        // The three gazetteers ask for the stems of the same word in a row: remember the last answer.
        Word? lastWord = null;
        string[] lastStems = [];
        Func<Word, string[]> stems = word =>
        {
            if (!ReferenceEquals(word, lastWord))
            {
                (lastWord, lastStems) = (word, resources.NameStems(word));
            }

            return lastStems;
        };

        foreach (var sentence in context.Sentences)
        {
            var i = sentence.FirstWord;
            while (i < sentence.EndWord)
            {
                if (context.OwnerOf(i) is not null)
                {
                    i++;
                    continue;
                }

                var starts = resources.PhraseStartsOf(words[i]);
                if (starts == PhraseStarts.None)
                {
                    i++;
                    continue;
                }

                if ((starts & PhraseStarts.Title) != 0 && resources.Titles.Longest(words, i, sentence.EndWord, stems) is { } title
                    && resources.Reference.ById.TryGetValue(title.Values[0].Person, out var person))
                {
                    context.Titles.Add(new MentionDraft(title.First, title.Last, FromReference(context, person), title.Suffix));
                    i = title.Last + 1;
                    continue;
                }

                var entity = (starts & PhraseStarts.Entity) != 0 ? resources.Entities.Longest(words, i, sentence.EndWord, stems) : null;
                var post = (starts & PhraseStarts.Post) != 0 ? resources.Posts.Longest(words, i, sentence.EndWord, stems) : null;
                if (post is not null && (entity is null || post.Last > entity.Last))
                {
                    context.Posts.Add(new PostMention(post.First, post.Last, post.Values[0].Id, post.Values[0].NameEn, sentence.Index));
                    i = post.Last + 1;
                    continue;
                }

                if (entity is null || IsDerived(entity.Suffix))
                {
                    i++;
                    continue;
                }

                var entry = Pick(entity.Values);
                if ((CommonNounsWithPossessive.Contains(entry.Id) && entity.Suffix.StartsWith("سى", StringComparison.Ordinal))
                    || (NamesOnlyWhenInflected.Contains(entry.Id) && entity.Suffix.Length == 0)
                    || (NamesOnlyBare.Contains(entry.Id) && entity.Suffix.Length > 0 && entity.Suffix != "تىڭ"))
                {
                    i++;
                    continue;
                }

                context.AddMention(entity.First, entity.Last, FromReference(context, entry), entity.Suffix);
                i = entity.Last + 1;
            }
        }
    }

    public static EntityDraft FromReference(ExtractionContext context, ReferenceEntry entry)
    {
        var entity = context.Entity(entry.Id, entry.Type, entry.NameEn);
        if (entity.NameCyrillic is null)
        {
            var names = context.Resources.NamesOf(entry);
            entity.NameCyrillic = names.GetValueOrDefault(NameScripts.KazakhCyrillic);
            entity.NameLatin = names.GetValueOrDefault(NameScripts.KazakhLatin);
            entity.NameArabic = names.GetValueOrDefault(NameScripts.KazakhArabic);
            entity.Aliases.UnionWith(entry.Variants);
            foreach (var (key, value) in entry.Properties)
            {
                entity.Properties[key] = value;
            }
        }

        return entity;
    }

    private static bool IsDerived(string suffix) => suffix.Length > 0 && Lexicon.StartsWithAny(suffix, Derivations);

    // Where one spelling names two things, the country or organisation is the likelier reading in news.
    private static ReferenceEntry Pick(IReadOnlyList<ReferenceEntry> entries)
    {
        var best = entries[0];
        for (var k = 1; k < entries.Count; k++)
        {
            if (Rank(entries[k].Type) < Rank(best.Type))
            {
                best = entries[k];
            }
        }

        return best;
    }

    private static int Rank(EntityType type) => type switch
    {
        EntityType.Country => 0,
        EntityType.Organization => 1,
        EntityType.Region => 2,
        EntityType.City => 3,
        EntityType.Place => 4,
        EntityType.Person => 5,
        _ => 6,
    };
}

using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>Where and when a sentence says an event happened: a place in the locative, a date, or "осы жылы" (that year).</summary>
internal static class EventContext
{
    private static readonly string[] Locative = ["دا", "دە", "تا", "تە", "ندا", "ندە"];

    public static void Attach(ExtractionContext context, EntityDraft @event, SentenceSpan sentence, int at)
    {
        // A place named before its place noun (Алматы қаласында) is read only here, for an event that already is: letting it
        // decide whether EventStep makes an event would change the rule entities the labeller was trained to read.
        if ((Place(context, sentence, at) ?? Place(context, sentence, at, headNounLocative: true)) is { } place)
        {
            context.Relate(RelationType.HeldIn, @event, place, sentence.Index);
        }

        if (Date(context, sentence, at) is { } date && !context.Relations.Any(r => r.Type == RelationType.OccurredOn && ReferenceEquals(r.Source, @event)))
        {
            context.Relate(RelationType.OccurredOn, @event, date, sentence.Index);
        }
    }

    /// <summary>
    /// The city, country or place in the locative nearest before <paramref name="at"/> (after it if none before); with
    /// <paramref name="headNounLocative"/>, also one whose place noun after it carries the locative.
    /// </summary>
    public static EntityDraft? Place(ExtractionContext context, SentenceSpan sentence, int at, bool headNounLocative = false)
    {
        MentionDraft? best = null;
        foreach (var mention in MentionsIn(context, sentence))
        {
            if (mention.Entity.Type is not (EntityType.City or EntityType.Country or EntityType.Place or EntityType.Region)
                || !(Locative.Any(l => mention.Suffix.StartsWith(l, StringComparison.Ordinal)) || (headNounLocative && LocativeHeadAfter(context, sentence, mention))))
            {
                continue;
            }

            if (best is null || (mention.First < at && (best.First > at || mention.First > best.First)))
            {
                best = mention;
            }
        }

        return best?.Entity;
    }

    // Алматы қаласында, Шет ауданындағы: the place noun after the name carries the locative for it.
    private static bool LocativeHeadAfter(ExtractionContext context, SentenceSpan sentence, MentionDraft mention)
    {
        var next = mention.Last + 1;
        return mention.Suffix.Length == 0 && next < sentence.EndWord && context.OwnerOf(next) is null
            && HeadNouns.EndingAfter(context.Words[next].Key, mention.Entity.Type) is { } ending
            && CaseEndings.Of(ending) is GrammaticalCase.Locative or GrammaticalCase.LocativeAttributive;
    }

    /// <summary>A year or month date in the sentence, else the year of "осы жылы" taken from the sentence before.</summary>
    public static EntityDraft? Date(ExtractionContext context, SentenceSpan sentence, int at)
    {
        var dates = MentionsIn(context, sentence).Where(m => IsPointDate(m.Entity)).ToList();
        if (dates.Count > 0)
        {
            return dates.OrderBy(m => Math.Abs(m.First - at)).First().Entity;
        }

        var words = context.Words;
        var thisYear = false;
        for (var i = sentence.FirstWord; i + 1 < sentence.EndWord && !thisYear; i++)
        {
            thisYear = Lexicon.IsAny(words[i].Key + " " + words[i + 1].Key, Lexicon.ThisYear);
        }

        if (!thisYear || sentence.Index == 0)
        {
            return null;
        }

        return MentionsIn(context, context.Sentences[sentence.Index - 1]).LastOrDefault(m => IsPointDate(m.Entity))?.Entity;
    }

    private static bool IsPointDate(EntityDraft entity) =>
        entity.Type == EntityType.Date && entity.Properties.TryGetValue("value", out var v) && v.Length >= 4 && char.IsAsciiDigit(v[0]) && !v.Contains('/');

    public static IEnumerable<MentionDraft> MentionsIn(ExtractionContext context, SentenceSpan sentence)
    {
        for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
        {
            if (context.OwnerOf(i) is { } mention && mention.First == i)
            {
                yield return mention;
            }
        }
    }
}

using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Events by their head nouns (саммит, конференция, отырыс, жиын, ...) and by "бас қосты" (met), each tied to the place
/// and date its sentence gives: the Council of Foreign Ministers' sessions by "сыртқы істер министрлерінің отырысы",
/// topics by "X жөніндегі саммит", and "аталған саммит" back to the event already named. Quoted events get their
/// place and date here too.
/// </summary>
internal sealed class EventStep : IExtractionStep
{
    public string Name => "events";

    public void Run(ExtractionContext context)
    {
        NumberedEvents.Run(context);
        var words = context.Words;
        EntityDraft? last = null;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (context.OwnerOf(i) is { Entity.Type: EntityType.Event } quoted)
                {
                    last = quoted.Entity;
                    EventContext.Attach(context, last, sentence, quoted.First);
                    i = quoted.Last;
                    continue;
                }

                if (context.OwnerOf(i) is not null || !words[i].IsWord)
                {
                    continue;
                }

                var head = EventHeads.FindEvent(context, words[i].Key);
                var gathered = head is null && words[i].Key == EventHeads.Gathered && i + 1 < sentence.EndWord
                    && Lexicon.IsAny(words[i + 1].Key, EventHeads.GatheredVerb);
                if (head is null && !gathered)
                {
                    continue;
                }

                if (i + 1 < sentence.EndWord && words[i + 1].Key == EventHeads.Creation)
                {
                    continue; // "форумын құру": creating a forum is an initiative.
                }

                last = Recognize(context, sentence, i, gathered ? i + 1 : i, head ?? "Meeting", last) ?? last;
                i = gathered ? i + 1 : i;
            }
        }

        NamedDays.Run(context);
    }

    private static EntityDraft? Recognize(ExtractionContext context, SentenceSpan sentence, int headFirst, int headLast, string head, EntityDraft? last)
    {
        var words = context.Words;
        var first = headFirst;
        var cfm = headFirst >= sentence.FirstWord + 3
            && Enumerable.Range(0, 3).All(k => words[headFirst - 3 + k].Key == EventHeads.CouncilOfForeignMinisters[k]);
        string? topic = null;
        if (cfm)
        {
            first = headFirst - 3;
        }
        else if (headFirst - 1 > sentence.FirstWord && Lexicon.IsAny(words[headFirst - 1].Key, EventHeads.About))
        {
            (topic, first) = Topic(context, sentence, headFirst - 2);
        }

        // "پلەنارلىق وتىرىس" (plenary session), "رەسمي ساپار" (official visit): the kind of meeting or visit is in its name.
        if (!cfm && topic is null && first - 1 >= sentence.FirstWord && context.OwnerOf(first - 1) is null
            && EventHeads.Kinds.FirstOrDefault(q => q.Key == words[first - 1].Key && q.Head == head) is { English: { } kind })
        {
            first--;
            head = kind;
        }

        var place = EventContext.Place(context, sentence, headFirst);

        // "قازاقستانعا ساپارى": a visit is to the place in the dative just before it.
        EntityDraft? destination = null;
        if (place is null && head.EndsWith("Visit", StringComparison.Ordinal) && first - 1 >= sentence.FirstWord
            && context.OwnerOf(first - 1) is { Entity.Type: EntityType.Country or EntityType.City } to && to.Last == first - 1
            && Lexicon.IsAny(to.Suffix, EventHeads.Dative))
        {
            place = destination = to.Entity;
        }

        var date = EventContext.Date(context, sentence, headFirst);
        var anaphoric = first > sentence.FirstWord && Lexicon.IsAny(words[first - 1].Key, EventHeads.Demonstratives);
        if (last is not null && (anaphoric || (topic is null && !cfm && (place is null || Same(context, last, place)))))
        {
            context.References.Add((sentence.Index, headFirst, last));
            EventContext.Attach(context, last, sentence, headFirst);
            return last;
        }

        if (topic is null && !cfm && (place is null || date is null))
        {
            return null;
        }

        var year = date?.Properties.GetValueOrDefault("value")?[..4];
        var english = cfm ? $"OIC Council of Foreign Ministers ({place?.NameEn ?? "?"}, {year ?? "?"})"
            : topic is not null ? $"{topic} {head}"
            : $"{head} {(destination is null ? "in" : "to")} {place!.NameEn} ({year})";
        var entity = context.Entity(Slug.Of(english), EntityType.Event, english);
        entity.NameArabic ??= context.Normalized.Text[words[first].Start..words[headLast].End];
        if (context.AddMention(first, headLast, entity) is null)
        {
            return null;
        }

        EventContext.Attach(context, entity, sentence, headFirst);
        if (destination is not null)
        {
            context.Relate(RelationType.HeldIn, entity, destination, sentence.Index);
        }

        if (cfm && first > sentence.FirstWord && context.OwnerOf(first - 1) is { Entity.Id: "oic" } oic)
        {
            context.Relate(RelationType.OrganizedBy, entity, oic.Entity, sentence.Index);
        }

        return entity;
    }

    private static bool Same(ExtractionContext context, EntityDraft @event, EntityDraft place) =>
        context.Relations.Any(r => r.Type == RelationType.HeldIn && ReferenceEquals(r.Source, @event) && ReferenceEquals(r.Target, place));

    // "عىلىم جانە تەحنولوگيالار جونىندەگى": glossed words before "жөніндегі", read backwards.
    private static (string? Topic, int First) Topic(ExtractionContext context, SentenceSpan sentence, int lastWord)
    {
        var words = context.Words;
        var glosses = new List<string>();
        var k = lastWord;
        while (k >= sentence.FirstWord && glosses.Count < 6 && context.OwnerOf(k) is null && Glossary.Gloss(words[k].Key) is { } gloss)
        {
            glosses.Insert(0, gloss);
            k--;
        }

        return glosses.Count == 0 || glosses[0] == "and" ? (null, lastWord + 2) : (string.Join(' ', glosses), k + 1);
    }
}

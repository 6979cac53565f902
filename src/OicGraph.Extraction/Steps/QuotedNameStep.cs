using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// «...» атты жиын / «2026» іс-қимыл жоспары: a quoted title followed by an event or initiative head noun names that
/// event or initiative; the title is the mention (as KazNERD annotates it), so the gazetteer does not read inside it.
/// </summary>
internal sealed class QuotedNameStep : IExtractionStep
{
    public string Name => "quoted-names";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var open = sentence.FirstWord; open < sentence.EndWord; open++)
            {
                if (!words[open].Is('«') && !words[open].Is('"'))
                {
                    continue;
                }

                var close = open + 1;
                while (close < sentence.EndWord && !words[close].Is('»') && !words[close].Is('"'))
                {
                    close++;
                }

                if (close >= sentence.EndWord || close == open + 1)
                {
                    break;
                }

                Recognize(context, open, close, sentence.EndWord);
                open = close;
            }
        }
    }

    private static void Recognize(ExtractionContext context, int open, int close, int end)
    {
        var words = context.Words;
        var j = close + 1;
        var skipped = 0;
        while (j < end && skipped < 3 && words[j].IsWord
            && EventHeads.Find(context, words[j].Key, EventHeads.QuotedEvents) is null && EventHeads.Find(context, words[j].Key, EventHeads.Initiatives) is null)
        {
            j++;
            skipped++;
        }

        var eventHead = j < end && words[j].IsWord ? EventHead(context, words[j].Key) : null;
        var isEvent = eventHead is not null;
        var initiative = j < end && words[j].IsWord ? EventHeads.Find(context, words[j].Key, EventHeads.Initiatives) : null;
        if (!isEvent && initiative is null)
        {
            return; // reading the title back to Cyrillic is costly: only for titles that name something
        }

        var title = Title(context, open + 1, close - 1);
        // «Junior Eurovision» халықаралық балалар ән байқауы: the head's possessive ties the words between to the title,
        // unless the title is a name of the reference data (in «Астана» халықаралық форумы it is the place the forum is
        // named after).
        if (isEvent && (skipped == 0 || Lexicon(words[close + 1].Key)
            || (EventHeads.Possessives.Any(p => words[j].Key.AsSpan(eventHead!.Length).StartsWith(p, StringComparison.Ordinal))
                && !IsReferenceName(context, open + 1, close - 1))))
        {
            var entity = context.Entity(Slug.Of(title.English), EntityType.Event, title.English);
            SetNames(entity, title);
            context.AddMention(open + 1, close - 1, entity);
        }
        else if (initiative is { } head)
        {
            var english = $"{title.English} {(words[j - 1].Key == EventHeads.Action ? "action " + head : head)}";
            var entity = context.Entity(Slug.Of(english), EntityType.Initiative, english);
            SetNames(entity, title);
            context.AddMention(open, j, entity);
        }
    }

    private static bool IsReferenceName(ExtractionContext context, int first, int last) =>
        context.Resources.EntityAt(context.Words, first, last + 1) is { } match && match.First == first && match.Last == last;

    // The head noun's key (the stem the word is an inflection of), not its English.
    private static string? EventHead(ExtractionContext context, string key)
    {
        foreach (var (head, _) in EventHeads.QuotedEvents)
        {
            if (key == head || (key.StartsWith(head, StringComparison.Ordinal) && context.Resources.NameStems(key).Contains(head)))
            {
                return head;
            }
        }

        return null;
    }

    private static bool Lexicon(string key) => Reference.Lexicon.IsAny(key, EventHeads.Named);

    private static void SetNames(EntityDraft entity, (string English, string? Cyrillic, string Arabic) title)
    {
        entity.NameArabic ??= title.Arabic;
        entity.NameCyrillic ??= title.Cyrillic;
        entity.NameLatin ??= title.Cyrillic is null ? null : CyrillicToLatin.Convert(title.Cyrillic);
    }

    /// <summary>The quoted words as written; Latin or digits are their own English, Arabic is read back and romanised.</summary>
    public static (string English, string? Cyrillic, string Arabic) Title(ExtractionContext context, int first, int last)
    {
        var text = context.Normalized.Text[context.Words[first].Start..context.Words[last].End];
        if (!text.Any(c => c is >= '\u0620' and <= '\u06FF'))
        {
            return (text, null, text);
        }

        var cyrillic = ArabicToCyrillic.Convert(text, context.Resources.ReverseNames);
        cyrillic = cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        return (EnglishRomanizer.Romanize(cyrillic), cyrillic, text);
    }
}

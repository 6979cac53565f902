using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// People left after the gazetteer: initials before a surname (ن. نازاربايەۆ), first names and patronymics before a
/// known person's surname (قاسىم-جومارت كەمەلۇلى توقايەۆ), a lone -ов/-ев surname with the unknown first name before
/// it, but not a lone first name: too many are also words (Берік, Болат, Мақсат). Frequent words and titles are never taken for names.
/// </summary>
internal sealed class PersonStep : IExtractionStep
{
    public string Name => "people";

    public void Run(ExtractionContext context)
    {
        foreach (var known in context.Mentions.Where(m => m.Entity.Type == EntityType.Person).ToList())
        {
            Extend(context, known);
        }

        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (context.OwnerOf(i) is not null || words[i].Kind != WordKind.Word)
                {
                    continue;
                }

                var last = Initials(context, i, sentence.EndWord) ?? LoneSurname(context, i, sentence);
                if (last is { } end)
                {
                    i = end;
                }
            }
        }
    }

    // First names and a patronymic just before a known surname, a patronymic just after it.
    private static void Extend(ExtractionContext context, MentionDraft mention)
    {
        var words = context.Words;
        var sentence = context.Sentences[words[mention.First].Sentence];
        var first = mention.First;
        while (first - 1 >= sentence.FirstWord && context.OwnerOf(first - 1) is null && words[first - 1].Kind == WordKind.Word
            && (PersonNames.IsFirstName(context, words[first - 1].Key) || PersonNames.IsPatronymic(context, words[first - 1].Key)))
        {
            first--;
        }

        var last = mention.Last;
        if (last + 1 < sentence.EndWord && context.OwnerOf(last + 1) is null && words[last + 1].Kind == WordKind.Word
            && PersonNames.IsPatronymic(context, words[last + 1].Key) && mention.Suffix.Length == 0)
        {
            last++;
        }

        if (first != mention.First || last != mention.Last)
        {
            context.RemoveMention(mention);
            context.AddMention(first, last, mention.Entity, mention.Suffix);
        }
    }

    // ن. نازاربايەۆ, ن.ءا.نازارباەۆ: one-letter words each followed by a dot, then a surname.
    private static int? Initials(ExtractionContext context, int i, int end)
    {
        var words = context.Words;
        var j = i;
        while (j + 1 < end && words[j].IsWord && words[j].Key.Length == 1 && words[j + 1].Is('.'))
        {
            j += 2;
        }

        if (j == i || j >= end || !words[j].IsWord)
        {
            return null;
        }

        if (context.OwnerOf(j) is { Entity.Type: EntityType.Person } known && known.First == j)
        {
            context.RemoveMention(known);
            context.AddMention(i, known.Last, known.Entity, known.Suffix);
            return known.Last;
        }

        if (context.OwnerOf(j) is not null || !PersonNames.IsSurname(context, words[j].Key))
        {
            return null;
        }

        context.AddMention(i, j, PersonNames.Entity(context, i, j), PersonNames.SuffixOf(context, words[j].Key));
        return j;
    }

    // ەلجان ءبىرتانوۆ: an -ов/-ев surname, with the word before it when that is a name-like unknown word.
    private static int? LoneSurname(ExtractionContext context, int i, SentenceSpan sentence)
    {
        var words = context.Words;
        if (!PersonNames.IsLoneSurname(context, words[i].Key) || PersonNames.IsCommon(context, words[i].Key))
        {
            return null;
        }

        var first = i;
        if (i - 1 >= sentence.FirstWord && context.OwnerOf(i - 1) is null && words[i - 1].Kind == WordKind.Word
            && (PersonNames.IsFirstName(context, words[i - 1].Key) || PersonNames.IsUnknownName(context, words[i - 1].Key)))
        {
            first = i - 1;
        }

        context.AddMention(first, i, PersonNames.Entity(context, first, i), PersonNames.SuffixOf(context, words[i].Key));
        return i;
    }
}

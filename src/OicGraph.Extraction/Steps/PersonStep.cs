using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// People the reference data does not know: a first name from the lexicon followed by a surname-shaped word
/// (-ов/-ев/-ова/-ева, -ин, -ұлы/-қызы, -бек, -бай, ...), initials before a surname (ن. نازاربايەۆ), and a lone
/// -ов/-ев surname. Initials before a known person's surname join that mention.
/// </summary>
internal sealed class PersonStep : IExtractionStep
{
    public string Name => "people";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (context.OwnerOf(i) is not null || !words[i].IsWord)
                {
                    continue;
                }

                var last = Initials(context, i, sentence.EndWord) ?? FullName(context, i, sentence.EndWord) ?? LoneSurname(context, i);
                if (last is { } end)
                {
                    i = end;
                }
            }
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

        context.AddMention(i, j, PersonNames.Entity(context, i, j));
        return j;
    }

    private static int? FullName(ExtractionContext context, int i, int end)
    {
        var words = context.Words;
        if (!PersonNames.IsFirstName(context, words[i].Key) || i + 1 >= end || !words[i + 1].IsWord || context.OwnerOf(i + 1) is not null)
        {
            return null;
        }

        var last = i + 1;
        var next = words[i + 1].Key;
        if (PersonNames.IsPatronymicWord(next))
        {
            // قاسىم-جومارت كەمەل ۇلى توقاەۆ: a split patronymic is one more word.
            return null;
        }

        if (i + 2 < end && PersonNames.IsPatronymicWord(words[i + 2].Key) && context.OwnerOf(i + 2) is null)
        {
            last = i + 2;
        }
        else if (!PersonNames.IsSurname(context, next) && !PersonNames.IsFirstName(context, next))
        {
            return null;
        }

        // Name, patronymic, surname: نۇرسۇلتان ءابىشۇلى نازاربايەۆ.
        if (last + 1 < end && context.OwnerOf(last + 1) is null && words[last + 1].IsWord
            && PersonNames.IsPatronymic(words[last].Key) && PersonNames.IsSurname(context, words[last + 1].Key))
        {
            last++;
        }

        context.AddMention(i, last, PersonNames.Entity(context, i, last));
        return last;
    }

    private static int? LoneSurname(ExtractionContext context, int i)
    {
        var key = context.Words[i].Key;
        if (!PersonNames.IsRussianSurname(context, key))
        {
            return null;
        }

        context.AddMention(i, i, PersonNames.Entity(context, i, i));
        return i;
    }
}

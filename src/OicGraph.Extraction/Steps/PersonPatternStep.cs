namespace OicGraph.Extraction.Steps;

/// <summary>
/// Full names before the gazetteer reads single words of them (ءدانيا ەسپايەۆا is a person, not Denmark): a first name
/// from the lexicon, an optional patronymic (-ұлы, -евич), and a surname-shaped word (-ов/-ев/-ова, -ин, -ұлы, -бек,
/// ...); also "Surname First [Patronymic]" as in lists. Known people keep their reference entity.
/// </summary>
internal sealed class PersonPatternStep : IExtractionStep
{
    public string Name => "people-patterns";

    public void Run(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (Match(context, i, sentence.EndWord) is { } last
                    && context.AddMention(i, last, PersonNames.Entity(context, i, last), PersonNames.SuffixOf(context, context.Words[last].Key)) is not null)
                {
                    i = last;
                }
            }
        }
    }

    // ءابۋ ءالي يبن سينا: "Әли" starts no name here, the gazetteer knows the whole one from "Әбу".
    private static bool InsideKnownName(ExtractionContext context, int i, int end)
    {
        var sentenceStart = context.Sentences[context.Words[i].Sentence].FirstWord;
        for (var k = Math.Max(sentenceStart, i - 3); k < i; k++)
        {
            if (context.Resources.EntityAt(context.Words, k, end) is { } known && known.Last >= i)
            {
                return true;
            }
        }

        return false;
    }

    public static int? Match(ExtractionContext context, int i, int end)
    {
        var words = context.Words;
        bool Free(int k) => k < end && context.OwnerOf(k) is null && words[k].IsWord && words[k].Kind == WordKind.Word;
        if (!Free(i))
        {
            return null;
        }

        var key = words[i].Key;
        var firstName = PersonNames.IsFirstName(context, key);
        if ((!firstName && !PersonNames.IsRussianSurname(context, key)) || InsideKnownName(context, i, end))
        {
            return null;
        }

        if (firstName)
        {
            var j = i + 1;
            if (Free(j) && PersonNames.IsPatronymic(context, words[j].Key) && Free(j + 1) && PersonNames.IsSurname(context, words[j + 1].Key))
            {
                return j + 1;
            }

            if (Free(j) && Free(j + 1) && PersonNames.IsPatronymicWord(words[j + 1].Key) && !PersonNames.IsCommon(context, words[j].Key))
            {
                return Free(j + 2) && PersonNames.IsRussianSurname(context, words[j + 2].Key) ? j + 2 : j + 1;
            }

            if (Free(j) && !PersonNames.IsCommon(context, words[j].Key) && (PersonNames.IsSurname(context, words[j].Key) || PersonNames.IsPatronymic(context, words[j].Key)))
            {
                return Free(j + 1) && PersonNames.IsPatronymic(context, words[j].Key) && PersonNames.IsRussianSurname(context, words[j + 1].Key) ? j + 1 : j;
            }

            // سادىبەك تۇگەل: a first name that is not also a word, then a word no lexicon knows.
            if (Free(j) && !PersonNames.IsCommon(context, key) && PersonNames.IsUnknownName(context, words[j].Key))
            {
                return j;
            }

            return null;
        }

        var afterInitial = i >= 2 && words[i - 1].Is('.') && words[i - 2].Key.Length == 1;
        // "توقايەۆ شاۆكات ميرزيويەۆپەن": a first name with its own surname after it begins the next person's name.
        if (!afterInitial && PersonNames.IsRussianSurname(context, key) && Free(i + 1) && PersonNames.IsFirstName(context, words[i + 1].Key)
            && !PersonNames.IsCommon(context, words[i + 1].Key) && !StartsName(context, i + 1, end))
        {
            return Free(i + 2) && PersonNames.IsPatronymic(context, words[i + 2].Key) ? i + 2 : i + 1;
        }

        return null;
    }

    private static bool StartsName(ExtractionContext context, int firstName, int end)
    {
        var next = firstName + 1;
        return next < end && context.Words[next].Kind == WordKind.Word && !PersonNames.IsPatronymic(context, context.Words[next].Key)
            && (PersonNames.IsSurname(context, context.Words[next].Key)
                || context.OwnerOf(next) is { Entity.Type: OicGraph.Graph.Model.EntityType.Person } || context.Resources.EntityAt(context.Words, next, end) is not null);
    }
}

using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Events no meeting head noun names, as KazNERD marks them: a named day "X күні" with its case endings (Independence
/// Day, "Халықаралық әйелдер күні", "Алғыс айту күні"), the New Year ("жаңа жыл" and its inflections, not "жаңа
/// жылдар", recent years), parliament's government hour ("Үкімет сағаты", taken from the government's own mention). Run after the other event rules so that none of them reads these
/// as the event a later head noun refers back to.
/// </summary>
internal static class NamedDays
{
    private static readonly string Day = Lexicon.Key("күні");
    // "күніне" alone is mostly "per day" (күніне бір рет); as a named day's dative it is followed by "орай" or "арналған".
    private static readonly string[] AfterPossessive = ["", "مەن", "ندە", "نىڭ", "ن", "نەن", "ندەگى", "مە"];
    private static readonly string Dative = "نە";
    private static readonly string[] OnTheOccasion = Lexicon.Keys("орай", "арналған", "арналып", "арнап");
    private static readonly string New = Lexicon.Key("жаңа");
    private static readonly string[] Government = Lexicon.Keys("үкімет", "үкіметтік");
    private static readonly string Hour = Lexicon.Key("сағат");
    private static readonly string HourPossessed = Lexicon.Key("сағаты");
    private static readonly string[] Plurals = ["دار", "تار", "لار"];

    // Words before "күні" that make it a day of the calendar, not a named one: numbers and ordinals are read apart;
    // these are determiners, weekdays and the common days of work and rest.
    private static readonly string[] NotNames = Lexicon.Keys(
        "бір", "сол", "осы", "бұл", "әр", "қай", "келесі", "ертесі", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма",
        "сенбі", "жексенбі", "жұмыс", "демалыс", "мереке", "аза", "сайлау", "соңғы", "алғашқы", "сабақ", "бүгін", "кеше", "ертең");

    // Endings of a word that is no noun naming a day: participles and converbs ("келген күні", the day he came),
    // adjectives of time (бүгінгі, ертеңгі) and ordinals.
    private static readonly string[] NotNameEndings =
    [
        "عان", "گەن", "قان", "كەن", "اتىن", "ەتىن", "يتىن", "عى", "گى", "قى", "كى", "نشى", "ىپ", "ءىپ",
        // a word in another case is no part of a name before "күні" (сайтқа күні, дүниежүзінде күніне)
        "عا", "گە", "قا", "كە", "دا", "دە", "تا", "تە", "نان", "نەن", "دان", "دەن", "تان", "تەن",
    ];

    // "кетер күні" (the day of leaving): the -ар/-ер participle, told from the plural (әйелдер, аналар).
    private static readonly string[] Participles = ["ار", "ەر"];
    private static readonly string[] PluralEndings = ["لار", "لەر", "دار", "دەر", "تار", "تەر"];
    private static readonly string[] Genitive = ["نىڭ", "دىڭ", "تىڭ"];
    private static readonly string[] Scopes = Lexicon.Keys("халықаралық", "дүниежүзілік", "бүкіләлемдік", "ұлттық", "республикалық");
    private static readonly string[] VerbalNouns = ["ۋ", "ۋشى"];

    public static void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                var key = words[i].Key;
                if (words[i].Kind != WordKind.Word)
                {
                    continue;
                }

                if (i > sentence.FirstWord && key.StartsWith(Day, StringComparison.Ordinal)
                    && (Lexicon.IsAny(key[Day.Length..], AfterPossessive)
                        || (key[Day.Length..] == Dative && i + 1 < sentence.EndWord && Lexicon.IsAny(words[i + 1].Key, OnTheOccasion))))
                {
                    NamedDay(context, sentence, i);
                }
                else if (i + 1 < sentence.EndWord && key == New && IsNewYear(context, words[i + 1].Key))
                {
                    Add(context, i, i + 1, "New Year");
                    i++;
                }
                else if (i + 1 < sentence.EndWord && Lexicon.IsAny(key, Government) && words[i + 1].Key.StartsWith(Hour, StringComparison.Ordinal)
                    && context.Resources.NameStems(words[i + 1].Key).Contains(Hour))
                {
                    GovernmentHour(context, i);
                    i++;
                }
            }
        }
    }

    private static void NamedDay(ExtractionContext context, SentenceSpan sentence, int day)
    {
        var words = context.Words;
        var name = day - 1;
        if (!IsNameWord(context, name))
        {
            return;
        }

        var first = name;
        var before = name - 1;
        if (before >= sentence.FirstWord && IsNameWord(context, before)
            && (Genitive.Any(words[before].Key.EndsWith) || Lexicon.IsAny(words[before].Key, Scopes) || VerbalNouns.Any(words[name].Key.EndsWith)))
        {
            first = before;
        }

        var title = QuotedNameStep.Title(context, first, day);
        Add(context, first, day, title.English);
    }

    private static bool IsNameWord(ExtractionContext context, int index)
    {
        // After a number ("19-ы күні", "10-ыншы май күні") the day is a date's.
        var words = context.Words;
        var word = words[index];
        return word.Kind == WordKind.Word && word.Key.Length >= 3 && context.OwnerOf(index) is null && !Lexicon.IsAny(word.Key, NotNames)
            && !NotNameEndings.Any(word.Key.EndsWith) && !Lexicon.IsAny(word.Key, Lexicon.Months)
            && !(Participles.Any(word.Key.EndsWith) && !PluralEndings.Any(word.Key.EndsWith))
            && (index == 0 || (words[index - 1].Kind != WordKind.Number && !words[index - 1].Is('-') && !Lexicon.Ordinal.Any(words[index - 1].Key.EndsWith)));
    }

    private static bool IsNewYear(ExtractionContext context, string key) =>
        key.StartsWith(Lexicon.Year, StringComparison.Ordinal) && !Plurals.Any(p => key.AsSpan(Lexicon.Year.Length).StartsWith(p, StringComparison.Ordinal))
        && (key == Lexicon.Year || context.Resources.NameStems(key).Contains(Lexicon.Year));

    // The gazetteer reads "Үкімет" as the government; followed by "сағаты" it is the name of a parliamentary hour.
    private static void GovernmentHour(ExtractionContext context, int first)
    {
        if (context.OwnerOf(first) is { } owner && owner.First == first && owner.Last == first && context.OwnerOf(first + 1) is null)
        {
            context.RemoveMention(owner);
        }

        Add(context, first, first + 1, "Government Hour");
    }

    private static void Add(ExtractionContext context, int first, int last, string english)
    {
        if (!context.IsFree(first, last))
        {
            return;
        }

        // The case is on the head (Үкімет сағатында, Ана күніне): the name keeps the possessive head, the mention the
        // ending after it, which the relation rules read (at the government hour, for Mother's Day).
        var key = context.Words[last].Key;
        var head = key.StartsWith(Day, StringComparison.Ordinal) ? Day.Length
            : key.StartsWith(HourPossessed, StringComparison.Ordinal) ? HourPossessed.Length : key.Length;
        var suffix = key[head..];
        var text = context.Normalized.Text[context.Words[first].Start..context.Words[last].End];
        var entity = context.Entity(Slug.Of(english), EntityType.Event, english);
        entity.NameArabic ??= suffix.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;
        context.AddMention(first, last, entity, suffix);
    }
}

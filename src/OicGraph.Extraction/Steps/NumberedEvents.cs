using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Events named by their number and head noun: "ءحىى يسلام ءسامميتى" (the 12th Islamic Summit), "العاشقى ... فورۋمى",
/// "بىرىككەن ۇلتتار ۇيىمى باس اسسامبلەياسىنىڭ 74ء-ىنشى سەسسياسى" (the owner in the genitive before the number belongs to
/// the name, as KazNERD marks it), and a council's meeting "X كەڭەسىنىڭ وتىرىسى" with no number. A numbered head noun
/// without its possessive ending (5ء-ىنشى سەسسيادا, "at the 5th session") names no particular event unless an owner is
/// written. The number is the event's <c>number</c> property.
/// </summary>
internal static class NumberedEvents
{
    private static readonly (string Key, string English)[] Heads =
    [
        .. new[]
        {
            ("сессия", "Session"), ("саммит", "Summit"), ("конференция", "Conference"), ("ассамблея", "Assembly"), ("форум", "Forum"),
            ("съез", "Congress"), ("съезд", "Congress"), ("конгресс", "Congress"), ("құрылтай", "Kurultai"), ("отырыс", "Meeting"),
            ("жиналыс", "Meeting"), ("кездесу", "Meeting"), ("пленум", "Plenum"), ("фестиваль", "Festival"), ("олимпиада", "Olympiad"),
            ("чемпионат", "Championship"), ("спартакиада", "Spartakiad"), ("универсиада", "Universiade"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)),
    ];

    private static readonly string[] MeetingHeads = Lexicon.Keys("отырыс", "сессия", "жиналыс", "пленум", "мәжіліс");
    private static readonly string[] Possessives = ["ى", "سى"];
    private static readonly string[] AfterPossessive = ["", "نىڭ", "نا", "نە", "ن", "ندا", "ندە", "نان", "نەن", "مەن", "نداعى", "ندەگى"];
    private static readonly string[] Genitive = ["نىڭ", "دىڭ", "تىڭ"];
    private static readonly string[] Regular = Lexicon.Keys("кезектен", "тыс", "кезекті", "дәстүрлі", "жыл сайынғы", "жылдық");
    private static readonly string[] OwnerHeads = Lexicon.Keys("партия", "ұйым", "кеңес", "ассамблея", "парламент", "палата", "одақ", "комитет", "министрлік", "қауымдастық", "бірлестік", "федерация", "мәжіліс", "сенат");
    private static readonly string Council = Lexicon.Key("кеңес");
    private static readonly string General = Lexicon.Key("бас");
    private static readonly string Most = Lexicon.Key("ең");
    private static readonly string Culture = Lexicon.Key("мәдениет");
    private static readonly string Days = Lexicon.Key("күндері");
    private static readonly string[] Conjunctions = Lexicon.Keys("және", "мен", "бен", "пен", "не", "немесе", "әрі");
    private static readonly string[] NotModifiers = ["عان", "گەن", "قان", "كەن", "ىپ", "دى", "تى", "ۋ", "سا", "سە", "اتىن", "ەتىن", "يتىن"];

    public static void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (i + 1 < sentence.EndWord && words[i].Key.StartsWith(Culture, StringComparison.Ordinal) && words[i + 1].Key.StartsWith(Days, StringComparison.Ordinal))
                {
                    CultureDays(context, sentence, i);
                    continue;
                }

                if (words[i].Kind != WordKind.Word || Head(words[i].Key) is not { } head)
                {
                    continue;
                }

                var owner = context.OwnerOf(i);
                if (owner is not null && (owner.Last != i || owner.Entity.Type != EntityType.Organization))
                {
                    continue;
                }

                Recognize(context, sentence, i, head, owner);
            }
        }
    }

    // "قازاق مادەنيەتى كۇندەرى", "تۇركيا مادەنيەتىنىڭ كۇندەرى": the days of a people's or country's culture.
    private static void CultureDays(ExtractionContext context, SentenceSpan sentence, int culture)
    {
        var words = context.Words;
        var days = culture + 1;
        var q = culture - 1;
        if (q < sentence.FirstWord || !context.IsFree(culture, days))
        {
            return;
        }

        string whose;
        var first = q;
        if (context.OwnerOf(q) is { Entity.Type: EntityType.Country or EntityType.City or EntityType.Region or EntityType.Group } place && place.Last == q
            && (place.Suffix.Length == 0 || Genitive.Any(g => place.Suffix.EndsWith(g, StringComparison.Ordinal))))
        {
            whose = place.Entity.NameEn;
            first = place.First;
            context.RemoveMention(place);
        }
        else if (context.OwnerOf(q) is null && words[q].Kind == WordKind.Word && words[q].Key.Length >= 3 && !PersonNames.IsInflected(words[q].Key)
            && !Lexicon.IsAny(words[q].Key, EventHeads.Demonstratives))
        {
            whose = EnglishRomanizer.Romanize(Text.ArabicToCyrillic.Convert(words[q].Text, context.Resources.ReverseNames));
        }
        else
        {
            return;
        }

        var english = $"Days of {whose} Culture";
        var entity = context.Entity(Slug.Of(english), EntityType.Event, english);
        entity.NameArabic ??= context.Normalized.Text[words[first].Start..words[days].End];
        if (context.AddMention(first, days, entity, words[days].Key[Days.Length..]) is not null)
        {
            EventContext.Attach(context, entity, sentence, days);
        }
    }

    // By their first two letters: a head is looked for at every word of every document.
    private static readonly TwoLetterIndex<(string Key, string English)> HeadsByFirstLetters = new(Heads, h => h.Key[..Math.Min(2, h.Key.Length)]);

    private static (string English, string Stem, bool Possessive)? Head(string key)
    {
        foreach (var (stem, english) in HeadsByFirstLetters.Candidates(key))
        {
            if (!key.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[stem.Length..];
            if (rest.Length == 0)
            {
                return (english, stem, false);
            }

            foreach (var possessive in Possessives)
            {
                if (rest.StartsWith(possessive, StringComparison.Ordinal) && Array.IndexOf(AfterPossessive, rest[possessive.Length..]) >= 0)
                {
                    return (english, stem, true);
                }
            }
        }

        return null;
    }

    private static void Recognize(ExtractionContext context, SentenceSpan sentence, int headWord, (string English, string Stem, bool Possessive) head, MentionDraft? named)
    {
        var words = context.Words;

        // Modifiers between the number and the head: bare adjectives and nouns (ينۆەستيتسيالىق, بيزنەس), a known name (يسلام).
        var k = (named?.First ?? headWord) - 1;
        (int First, int Value)? number = null;
        var modifiers = 0;
        var pair = false;
        while (k >= sentence.FirstWord && modifiers <= 4)
        {
            if (context.OwnerOf(k) is null && EventNumbers.EndingAt(words, k, sentence.FirstWord) is { } found)
            {
                number = found;
                break;
            }

            if (!IsModifier(context, k))
            {
                break;
            }

            pair |= context.OwnerOf(k) is null && CountryPair(context, words[k].Key) is not null;

            k = context.OwnerOf(k)?.First - 1 ?? k - 1;
            modifiers++;
        }

        var beforeNumber = number?.First - 1 ?? (named?.First ?? headWord) - 1;
        if (number is not null)
        {
            while (beforeNumber >= sentence.FirstWord && context.OwnerOf(beforeNumber) is null && Lexicon.IsAny(words[beforeNumber].Key, Regular))
            {
                beforeNumber--;
            }
        }

        var ownerFirst = Owner(context, sentence, beforeNumber, out var ownerName, out var councilOwner);
        // "كەڭەستىڭ وتىرىسى" (the council's meeting) names none: the council must be named.
        var councilMeeting = number is null && councilOwner && ownerFirst < beforeNumber && modifiers == 0 && head.Possessive
            && Lexicon.IsAny(head.Stem, MeetingHeads);
        // "قازاقستان-قىتاي بيزنەس فورۋمى": two countries' forum is a particular one.
        var bilateral = number is null && ownerFirst is null && pair && head.Possessive;
        if ((number is null && !councilMeeting && !bilateral) || (!head.Possessive && ownerFirst is null))
        {
            return;
        }

        // "مىڭجىلدىقتىڭ العاشقى ءسامميتى", "ەڭ العاشقى الەم چەمپيوناتى": "the first summit" describes one; a named event
        // has an owner or a name between the number and the head.
        if (number is { } ordinal && ownerFirst is null && (modifiers == 0 && named is null || (ordinal.First > sentence.FirstWord && words[ordinal.First - 1].Key == Most)))
        {
            return;
        }

        var first = ownerFirst ?? number?.First ?? (bilateral ? k + 1 : headWord);
        if (ownerFirst is null && number is { } n && n.First > sentence.FirstWord && context.OwnerOf(n.First - 1) is null
            && Lexicon.IsAny(words[n.First - 1].Key, Regular))
        {
            first = n.First; // "كەزەكتى 5ء-ىنشى": "regular" is not part of a name without its owner
        }

        var english = English(context, number?.Value, ownerName, named, number is null ? (bilateral ? k + 1 : headWord) : k + 1, named?.First ?? headWord, head.English);
        foreach (var mention in Enumerable.Range(first, headWord - first + 1).Select(context.OwnerOf).OfType<MentionDraft>().Distinct().ToList())
        {
            context.RemoveMention(mention);
        }

        var entity = context.Entity(Slug.Of(english), EntityType.Event, english);
        entity.NameArabic ??= context.Normalized.Text[words[first].Start..words[headWord].End];
        if (number is { Value: var value })
        {
            entity.Properties["number"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var suffix = words[headWord].Key[head.Stem.Length..];
        if (context.AddMention(first, headWord, entity, suffix) is not null)
        {
            EventContext.Attach(context, entity, sentence, headWord);
        }
    }

    private static bool IsModifier(ExtractionContext context, int k)
    {
        var word = context.Words[k];
        if (context.OwnerOf(k) is { } owner)
        {
            return owner.Suffix.Length == 0 && owner.Entity.Type is EntityType.Country or EntityType.City or EntityType.Region or EntityType.Organization;
        }

        return word.Kind == WordKind.Word && word.Key.Length >= 2 && !PersonNames.IsInflected(word.Key)
            && !NotModifiers.Any(e => word.Key.EndsWith(e, StringComparison.Ordinal)) && !Lexicon.IsAny(word.Key, EventHeads.Demonstratives)
            && !Lexicon.IsAny(word.Key, Regular) && !Lexicon.IsAny(word.Key, Conjunctions);
    }

    // "بىرىككەن ۇلتتار ۇيىمى باس اسسامبلەياسىنىڭ", "«نۇر وتان» پارتياسىنىڭ", "قاۋىپسىزدىك كەڭەسىنىڭ": a body in the genitive
    // ending at word `last`; its first word, or null.
    private static int? Owner(ExtractionContext context, SentenceSpan sentence, int last, out string? name, out bool council)
    {
        var words = context.Words;
        name = null;
        council = false;
        if (last < sentence.FirstWord || !words[last].IsWord || !Genitive.Any(g => words[last].Key.EndsWith(g, StringComparison.Ordinal)))
        {
            return null;
        }

        var first = -1;
        var k = last;
        string? headName = null;
        while (k >= sentence.FirstWord)
        {
            if (context.OwnerOf(k) is { } owner)
            {
                if (owner.Entity.Type is not (EntityType.Organization or EntityType.Country or EntityType.City)
                    || (owner.Last != last && owner.Suffix.Length > 0 && !Genitive.Any(g => owner.Suffix.EndsWith(g, StringComparison.Ordinal))))
                {
                    break;
                }

                name ??= owner.Entity.NameEn;
                council |= owner.Last == last && words[last].Key.StartsWith(Council, StringComparison.Ordinal);
                first = owner.First;
                k = owner.First - 1;
                continue;
            }

            if (words[k].Is('«') || words[k].Is('»') || words[k].Is('"'))
            {
                if (words[k].Is('«') || (words[k].Is('"') && first >= 0 && k < first))
                {
                    first = k;
                }

                k--;
                continue;
            }

            if (words[k].Kind == WordKind.Word && OwnerHead(context, words[k].Key) is { } stem && (k == last || !PersonNames.IsInflected(words[k].Key)))
            {
                council |= k == last && stem == Council;
                headName ??= stem;
                first = k;
                k--;
                continue;
            }

            if (words[k].Kind == WordKind.Word && words[k].Key == General && first == k + 1)
            {
                first = k;
                k--;
                continue;
            }

            break;
        }

        if (first < 0 || (name is null && headName is null))
        {
            return null;
        }

        // A quote opened inside the owner must close there: «نۇر وتان» keeps both marks.
        if (words[first].Is('»'))
        {
            first++;
        }

        name ??= EnglishOf(context, first, last);
        return first;
    }

    private static string? OwnerHead(ExtractionContext context, string key)
    {
        foreach (var head in OwnerHeads)
        {
            if (key.StartsWith(head, StringComparison.Ordinal) && (key.Length == head.Length || context.Resources.NameStems(key).Any(s => s.StartsWith(head, StringComparison.Ordinal))))
            {
                return head;
            }
        }

        return null;
    }

    // Word by word: a named entity by its English name, a glossed word, a pair of countries (قازاقستان-قىتاي), else romanised.
    private static string EnglishOf(ExtractionContext context, int first, int last)
    {
        var words = context.Words;
        var parts = new List<string>();
        for (var k = first; k <= last; k++)
        {
            if (context.OwnerOf(k) is { } owner)
            {
                parts.Add(owner.Entity.NameEn);
                k = owner.Last;
            }
            else if (words[k].IsWord && words[k].Kind == WordKind.Word)
            {
                parts.Add(Glossary.Gloss(words[k].Key) ?? CountryPair(context, words[k].Key)
                    ?? EnglishRomanizer.Romanize(Text.ArabicToCyrillic.Convert(words[k].Text, context.Resources.ReverseNames)));
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>"قازاقستان-قىتاي": two countries joined by a hyphen, as "Kazakhstan–China"; null if not both countries.</summary>
    public static string? CountryPair(ExtractionContext context, string key)
    {
        var hyphen = key.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == key.Length - 1 || key.IndexOf('-', hyphen + 1) >= 0)
        {
            return null;
        }

        return Country(context, key[..hyphen]) is { } a && Country(context, key[(hyphen + 1)..]) is { } b ? $"{a}–{b}" : null;
    }

    private static string? Country(ExtractionContext context, string key)
    {
        var word = new Word(0, key.Length, key, key, WordKind.Word, 0);
        return context.Resources.EntityAt([word], 0, 1) is { Suffix.Length: 0 } match
            && match.Values.FirstOrDefault(v => v.Type == EntityType.Country) is { } country ? country.NameEn : null;
    }

    private static string English(ExtractionContext context, int? number, string? owner, MentionDraft? named, int modifiersFirst, int modifiersEnd, string head)
    {
        var ordinal = number is { } n ? Ordinal(n) + " " : "";
        if (named is not null)
        {
            return ordinal + named.Entity.NameEn;
        }

        var modifiers = modifiersFirst < modifiersEnd ? EnglishOf(context, modifiersFirst, modifiersEnd - 1) + " " : "";
        return owner is not null ? $"{ordinal}{modifiers}{head} of {owner}" : $"{ordinal}{modifiers}{head}";
    }

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}

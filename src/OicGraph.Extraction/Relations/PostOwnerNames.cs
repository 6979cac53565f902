using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// The body a post belongs to, named by a descriptive phrase the labeller left out: its head noun right before the post,
/// in the genitive or as the post's bare possessor (Әйелдер істері бойынша ұлттық комиссияның төрағасы, Қазақстан халқы
/// Ассамблеясы төрағасының орынбасары, Президент Әкімшілігінің басшысы), with the bare modifiers before it: nouns,
/// adjectives in -лық, possessed nouns, "X жөніндегі" / "X бойынша" and "және". A word in a case of its own, a verb form,
/// a determiner or an adverb ends the name; at least one modifier is needed (a lone "комиссияның" refers back).
/// Runs after the labeller, before the relation rules.
/// </summary>
internal static class PostOwnerNames
{
    private static readonly (string Stem, string English)[] Heads =
    [
        .. new[]
        {
            ("комиссия", "Commission"), ("агенттіг", "Agency"), ("агенттік", "Agency"), ("комитет", "Committee"), ("кеңес", "Council"),
            ("әкімшілік", "Administration"), ("әкімшіліг", "Administration"), ("ассамблея", "Assembly"), ("орталығ", "Centre"),
            ("бөлім", "Department"), ("басқарма", "Department"), ("департамент", "Department"), ("мектеб", "School"), ("лицей", "Lyceum"),
            ("университет", "University"), ("институт", "Institute"), ("академия", "Academy"), ("қор", "Fund"), ("компания", "Company"),
            ("корпорация", "Corporation"), ("зауыт", "Plant"), ("одағ", "Union"), ("палата", "Chamber"), ("федерация", "Federation"),
            ("қауымдастығ", "Association"), ("партия", "Party"), ("министрліг", "Ministry"), ("инспекция", "Inspectorate"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)).OrderByDescending(h => h.Item1.Length),
    ];

    private static readonly string[] Joiners = Lexicon.Keys("жөніндегі", "бойынша", "және");
    private static readonly string[] Stops = Lexicon.Keys(
        "бүгін", "кеше", "ертең", "биыл", "қазір", "ал", "тағы", "сондай-ақ", "осы", "бұл", "сол", "ол", "олар", "мен", "біз", "сіз",
        "бас", "жаңа", "бір", "бірнеше", "бірқатар", "басқа", "арнайы", "тиісті", "жергілікті", "осындай", "мұндай", "сондай", "түрлі", "кейбір", "көптеген", "әр", "барлық", "өз", "енді", "кейін", "соң", "туралы", "үшін", "деп", "дейді", "деді", "яғни", "сондықтан");

    // A body's own units (Қаржы министрлігінің Мемлекеттік кірістер комитеті): named after the body in the genitive.
    private static readonly string[] Units = Lexicon.Keys("комитет", "департамент", "басқарма", "бөлім", "инспекция");

    public static void Complete(ExtractionContext context, PostCueStarts postCues)
    {
        BodiesUnits(context);
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord + 1; i < sentence.EndWord; i++)
            {
                if (!postCues.At(i) || PostPhrase.At(context, sentence, i) is not { Possessed: true } post)
                {
                    continue;
                }

                var head = post.First - 1;
                if (head >= sentence.FirstWord && context.OwnerOf(head) is null && words[head].Kind == WordKind.Word && Head(words[head].Key) is { } english)
                {
                    Recognize(context, sentence, head, english);
                }

                i = post.Last;
            }
        }
    }

    // Қаржы министрлігінің Мемлекеттік кірістер комитеті: the phrase after a body in the genitive up to a unit's head noun
    // (bare modifiers only, at least one), whatever follows it, so PartOfRule can put the unit in its body.
    private static void BodiesUnits(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var body in context.Mentions.Where(m => m.Entity.Type == EntityType.Organization).ToList())
        {
            var sentence = context.Sentences[words[body.Last].Sentence];
            if (HeadNouns.EndingAfter(words[body.Last].Key, EntityType.Organization) is not { } ending || CaseEndings.Of(ending) != GrammaticalCase.Genitive)
            {
                continue;
            }

            for (var k = body.Last + 2; k < sentence.EndWord && k <= body.Last + 7 && context.OwnerOf(k) is null && words[k].Kind == WordKind.Word; k++)
            {
                if (Lexicon.StartsWithAny(words[k].Key, Units) && Head(words[k].Key) is { } english)
                {
                    if (Enumerable.Range(body.Last + 1, k - body.Last - 1).All(m => context.OwnerOf(m) is null && IsModifier(context, m, k)))
                    {
                        Recognize(context, sentence, k, english);
                    }

                    break;
                }
            }
        }
    }

    // комиссияның (genitive) or комиссиясы (the post's bare possessor, itself possessed: -ы/-сы).
    private static string? Head(string key)
    {
        foreach (var (stem, english) in Heads)
        {
            // Голливуд компанияларының: plural bodies are no one body.
            if (key.StartsWith(stem, StringComparison.Ordinal) && key[stem.Length..] is var ending && CaseEndings.IsInflection(ending) && !HeadNouns.IsPlural(ending)
                && CaseEndings.Of(ending) is GrammaticalCase.Genitive or GrammaticalCase.Nominative && (ending.Length > 0 && CaseEndings.IsPossessive(ending) || CaseEndings.Of(ending) == GrammaticalCase.Genitive))
            {
                return english;
            }
        }

        return null;
    }

    private static void Recognize(ExtractionContext context, SentenceSpan sentence, int head, string english)
    {
        var words = context.Words;
        var first = head;
        for (var k = head - 1; k >= sentence.FirstWord && head - k <= 7; k--)
        {
            if (context.OwnerOf(k) is { } place)
            {
                // Қазақстан халқы Ассамблеясы: a place in front, bare, belongs to the name.
                if (place.Entity.Type is EntityType.Country or EntityType.City or EntityType.Region && place.Suffix.Length == 0 && place.Last == k)
                {
                    first = place.First;
                }

                break;
            }

            if (!IsModifier(context, k, head))
            {
                break;
            }

            first = k;
        }

        while (first < head && Lexicon.IsAny(words[first].Key, Joiners))
        {
            first++;
        }

        if (first == head)
        {
            return;
        }

        foreach (var mention in Enumerable.Range(first, head - first).Select(context.OwnerOf).OfType<MentionDraft>().Distinct().ToList())
        {
            context.RemoveMention(mention);
        }

        var headKey = words[head].Key;
        var stem = CaseEndings.Of(headKey) == GrammaticalCase.Genitive ? StripGenitive(headKey) : headKey;
        var arabic = context.Normalized.Text[words[first].Start..words[head].Start] + stem;
        var cyrillic = ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames);
        cyrillic = cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        var glossed = Enumerable.Range(first, head - first).Select(k => Glossary.Gloss(words[k].Key)).ToList();
        var name = glossed.All(g => g is not null) ? $"{string.Join(' ', glossed)} {english}" : EnglishRomanizer.Romanize(cyrillic);
        var entity = context.Entity(Slug.Of(name), EntityType.Organization, name);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= arabic;
        context.AddMention(first, head, entity, headKey[stem.Length..]);
    }

    private static string StripGenitive(string key)
    {
        foreach (var ending in Genitives)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return key[..^ending.Length];
            }
        }

        return key;
    }

    private static readonly string[] Genitives = Lexicon.Keys("ның", "дың", "тың");

    // A bare noun or adjective, a possessed noun (істері, халқы), "жөніндегі", "бойынша", "және"; "Президент" only
    // right before the head (Президент Әкімшілігі).
    private static bool IsModifier(ExtractionContext context, int k, int head)
    {
        var word = context.Words[k];
        var key = word.Key;
        if (word.Kind != WordKind.Word || key.Length < 2 || Lexicon.IsAny(key, Stops) || key.StartsWith('-'))
        {
            return false;
        }

        if (Lexicon.IsAny(key, Joiners))
        {
            return true;
        }

        if (Lexicon.IsAny(key, Lexicon.PersonTitles) || RoleCues.At(context.Words, k, head) is not null)
        {
            return k == head - 1 && key == President;
        }

        // «Алагеум Электрик» компаниясы бақылау кеңесі, телеарнасы жаңалықтар бөлімі: a body's own head noun before is
        // another body, the owner of this one, not a word of its name.
        // Абай қаласы өрт сөндіру бөлімі: a possessed place noun is the owner's too. Үш партияның: a count is none.
        if (HeadNouns.EndingAfter(key, EntityType.Organization) is not null || Head(key) is not null || HeadNouns.IsPossessivePlaceHead(key)
            || Lexicon.Cardinal(key) is not null || char.IsDigit(key[0]))
        {
            return false;
        }

        // Қаржы нарығын реттеу және дамыту агенттігі: the object of a verbal noun inside the name keeps its accusative.
        if (CaseEndings.Of(key) == GrammaticalCase.Accusative && k + 1 < head && context.Words[k + 1].Key.EndsWith(VerbalNoun, StringComparison.Ordinal))
        {
            return true;
        }

        return CaseEndings.Of(key) == GrammaticalCase.Nominative && !IsVerbForm(key);
    }

    private static readonly string VerbalNoun = Lexicon.Key("у");

    private static readonly string President = Lexicon.Key("президент");

    // A verb form ends the name (қарасты, құрылған, ететін); -лық/-лік adjectives and plain nouns in -ы/-і do not.
    private static bool IsVerbForm(string key) =>
        Lexicon.EndsWithAny(key, VerbTails) && !Lexicon.EndsWithAny(key, NounTails);

    // ... and the agent noun in -ушы (басқарушы), a verb's too.
    private static readonly string[] VerbTails =
    [
        .. VerbEndings.ThirdPersonTails, .. VerbEndings.ParticipleTails, .. VerbEndings.ConverbTails, .. VerbEndings.ConditionalTails,
        .. Lexicon.Keys("ушы", "уші"),
    ];
    private static readonly string[] NounTails = Lexicon.Keys("лықты", "лікті");
}

using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Extraction.Steps;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// The name right after a post in the nominative (АҚШ мемлекеттік хатшысы Майк Помпео, комиссиясының мүшесі Ләззат
/// Сүлеймен) is its holder's, which the labeller misses most for foreign and rarer names. Run after the labeller, before
/// the relation rules, so it adds people the model left out and never changes the model's inputs. Two words are taken,
/// the second carrying the phrase's case, and only with a name's evidence: a known first name, or a surname ending; a
/// verb (аман қалды), a frequent word, a title or a place is never part of it. A labelled name the post's words split
/// (Роман | Скляр) is joined.
/// </summary>
internal static class PostHolderNames
{
    public static void Complete(ExtractionContext context, PostCueStarts postCues)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (!postCues.At(i) || PostPhrase.At(context, sentence, i) is not { } post)
                {
                    continue;
                }

                i = post.Last;
                var a = post.Last + 1;
                if (a < sentence.EndWord && !words[a].IsWord && words[a].Text is "—" or "–")
                {
                    a++;
                }

                // Өкілдері келіспей отыр: a plural post has many holders, none named as one name after it.
                if (CaseEndings.Of(post.Ending) != GrammaticalCase.Nominative || a + 1 >= sentence.EndWord || HeadNouns.IsPlural(post.Ending))
                {
                    continue;
                }

                var owned = post.Possessed && post.First > sentence.FirstWord && OwnerBefore(context, post.First - 1);
                Complete(context, postCues, a, owned);
            }
        }
    }

    // A named country or body right before the post, or before the kind of body it is («Bloomberg Media Group»
    // компаниясының, «Қазақтелеком» акционерлік қоғамының бас атқарушы директоры): the noun carries the name's genitive
    // for it, and a word or two of the kind's own may precede it, as SentenceGrammar reads them.
    private static bool OwnerBefore(ExtractionContext context, int k)
    {
        var words = context.Words;
        if (context.OwnerOf(k) is null && words[k].IsWord && HeadNouns.EndingAfter(words[k].Key, EntityType.Organization) is { } ending
            && CaseEndings.Of(ending) == GrammaticalCase.Genitive)
        {
            var sentence = words[k].Sentence;
            for (var j = k - 1; j >= Math.Max(0, k - 3) && words[j].Sentence == sentence; j--)
            {
                var end = j > 0 && !words[j].IsWord && words[j].Text is "»" or "”" ? j - 1 : j;
                if (context.OwnerOf(end) is { } body)
                {
                    return body.Entity.Type == EntityType.Organization && body.Last == end;
                }

                if (!words[j].IsWord)
                {
                    return false;
                }
            }

            return false;
        }

        return context.OwnerOf(k) is { Entity.Type: EntityType.Country or EntityType.Organization } owner && owner.Last == k;
    }

    private static void Complete(ExtractionContext context, PostCueStarts postCues, int a, bool owned)
    {
        var words = context.Words;
        var b = a + 1;
        var atA = context.OwnerOf(a);
        var atB = context.OwnerOf(b);

        // Емманиуел | Макрон: a free first word before a labelled surname is its first name.
        if (atA is null && atB is { Entity.Type: EntityType.Person } surname && surname.First == b && IsFirstPart(context, postCues, a)
            && PersonNames.IsFirstName(context, words[a].Key))
        {
            context.RemoveMention(surname);
            context.AddMention(a, surname.Last, surname.Entity, surname.Suffix);
            return;
        }

        // Роман | Склиардың: a labelled lone first name and the free surname after it.
        if (atA is { Entity.Type: EntityType.Person } firstName && firstName.First == a && firstName.Last == a && firstName.Suffix.Length == 0
            && atB is null && IsLastPart(context, postCues, b) && PersonNames.IsFirstName(context, words[a].Key))
        {
            context.RemoveMention(firstName);
            context.AddMention(a, b, PersonNames.Entity(context, a, b), PersonNames.SuffixOf(context, words[b].Key));
            return;
        }

        if (atA is not null || atB is not null || !IsFirstPart(context, postCues, a) || !IsLastPart(context, postCues, b))
        {
            return;
        }

        // A name's evidence: its first name is known, its last word has a surname's ending, or the post is a named
        // country's or body's (Франция Президенті Эммануэль Макрон), whose nominative apposition is its holder.
        var known = PersonNames.IsFirstName(context, words[a].Key) || PersonNames.IsSurname(context, words[b].Key);
        if (!known && !(owned && IsForeignFirst(context, words[a].Key) && IsForeignLast(context, words[b].Key) && !BeforePossessed(context, b)))
        {
            return;
        }

        var suffix = PersonNames.SuffixOf(context, words[b].Key);
        var stem = suffix.Length == 0 ? CaseStem(words[b].Key, foreign: !known) : null;
        suffix = stem is null ? suffix : words[b].Key[stem.Length..];
        context.AddMention(a, b, PersonNames.Entity(context, a, b, stem), suffix);
    }

    // With only the owner as evidence, each word must look like a name and not like an inflected Kazakh noun: the first
    // carries no case or possessive (лауазымдарын), neither is an adverb in -ша or an adjective in -лық (уақытша), and
    // the last is not possessed (интеграция дәуірі: a noun compound, whose head carries -ы/-і; a foreign name ending
    // in и is written ي, not ى).
    private static bool IsForeignFirst(ExtractionContext context, string key) =>
        !Lexicon.EndsWithAny(key, NotNameTails) && !context.Resources.NameStems(key).Any(stem => stem.Length >= 3 && key.Length - stem.Length >= 2
            && CaseEndings.IsInflection(key[stem.Length..]) && (CaseEndings.IsPossessive(key[stem.Length..]) || CaseEndings.Of(key[stem.Length..]) != GrammaticalCase.Nominative));

    private static bool IsForeignLast(ExtractionContext context, string key) =>
        !Lexicon.EndsWithAny(CaseStem(key, foreign: true) ?? key, NotNameTails) && !(CaseStem(key, foreign: true) ?? key).EndsWith('ى');

    // Интеграция дәуір талабы: two bare nouns before a possessed one are its compound modifier, not a name.
    private static bool BeforePossessed(ExtractionContext context, int b) =>
        b + 1 < context.Words.Count && context.Words[b + 1] is { Kind: WordKind.Word } next && context.Words[b + 1].Sentence == context.Words[b].Sentence
        && context.OwnerOf(b + 1) is null && next.Key.EndsWith('ى') && !IsVerb(next.Key);

    private static readonly string[] NotNameTails = Lexicon.Keys("ша", "ше", "лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші");

    // Смитпен → Смит: the case a foreign surname carries, which no name ending of the lexicons marks off; -мен only
    // after a foreign first name (Сяомен), as Kazakh names end with it (Ләззат Сүлеймен).
    private static string? CaseStem(string key, bool foreign)
    {
        foreach (var ending in foreign ? ForeignCaseSuffixes : CaseSuffixes)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length - ending.Length >= 3)
            {
                return key[..^ending.Length];
            }
        }

        return null;
    }

    private static readonly string[] CaseSuffixes = [.. PersonNames.NameCases.OrderByDescending(e => e.Length)];

    private static readonly string[] ForeignCaseSuffixes = [.. CaseSuffixes.Append(Lexicon.Key("мен")).OrderByDescending(e => e.Length)];

    // The bare first word of a name: not inflected, not frequent, not a place or body the gazetteer knows, not a verb.
    private static bool IsFirstPart(ExtractionContext context, PostCueStarts postCues, int i) => context.Words[i] is var word
        && word.Kind == WordKind.Word && word.Key.Length >= 3 && !PersonNames.IsInflected(word.Key) && !PersonNames.IsCommon(context, word.Key)
        && !context.Resources.Entities.ContainsWord(word.Key) && !IsVerb(word.Key) && !postCues.At(i);

    // The last word, which may carry the phrase's case (Смитпен), but is no verb, frequent word, title or known place.
    private static bool IsLastPart(ExtractionContext context, PostCueStarts postCues, int i) => context.Words[i] is var word
        && word.Kind == WordKind.Word && word.Key.Length >= 3 && !PersonNames.IsCommon(context, word.Key)
        && !context.Resources.Entities.ContainsWord(word.Key) && !IsVerb(word.Key) && !postCues.At(i) && !IsAttributive(word.Key);

    // Қала шетіндегі: the attributive -дағы makes a word a modifier of the noun after it, never a name's end.
    private static bool IsAttributive(string key) => CaseEndings.Of(key) == GrammaticalCase.LocativeAttributive;

    // A finite verb, participle or converb ending closes a clause; a name does not end in one (аман қалды, қайтыс болды).
    private static bool IsVerb(string key) => (Lexicon.EndsWithAny(key, VerbTails) && !Lexicon.EndsWithAny(key, NameTails)) || Lexicon.IsAny(key, Auxiliaries);

    // Келіспей отыр: the negated converb (-май/-мей) and the auxiliaries of the ongoing tense.
    private static readonly string[] Auxiliaries = Lexicon.Keys("отыр", "жатыр", "тұр", "жүр", "еді", "екен", "болды");

    private static readonly string[] VerbTails =
    [
        .. VerbEndings.ThirdPersonTails, .. VerbEndings.ProgressiveTails, .. VerbEndings.ParticipleTails, .. VerbEndings.ConverbTails,
        .. VerbEndings.ConditionalTails, .. VerbEndings.ScheduledTails, .. VerbEndings.NegatedConverbTails, .. Lexicon.Keys("ғанын", "генін"),
    ];

    // Surnames that end like a verb form: -бек/-тай are not verb endings, but -ұлы/-қызы and -ди/-ти (Симонелли) stay names.
    private static readonly string[] NameTails = Lexicon.Keys("ұлы", "қызы");
}

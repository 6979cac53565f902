using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A document named by what it is about, signed in the sentence: the dative right before "қол қойды" whose head noun is
/// an agreement, memorandum, treaty, declaration, protocol or convention and whose modifiers say what it is about (X
/// туралы, X жөніндегі): "стратегиялық әріптестік туралы келісімге қол қойды", "ынтымақтастық жөніндегі меморандумға
/// қол қойды". The phrase becomes an initiative, so DocumentRule relates its signers. A bare "келісімге" or "бірқатар
/// құжатқа" names no document, nor does a count (үш келісімге). Runs after the labeller, before the relation rules.
/// </summary>
internal static class AgreementNames
{
    private static readonly (string Stem, string English)[] Heads =
    [
        .. new[]
        {
            ("келісімшарт", "Contract"), ("келісім", "Agreement"), ("меморандум", "Memorandum"), ("шарт", "Treaty"), ("декларация", "Declaration"),
            ("хаттама", "Protocol"), ("конвенция", "Convention"), ("хартия", "Charter"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)).OrderByDescending(h => h.Item1.Length),
    ];

    private static readonly string[] About = Lexicon.Keys("туралы", "жөніндегі");

    private static readonly string[] Connectors = Lexicon.Keys("және", "мен", "пен", "бен");

    // Time words, particles, determiners, quantifiers and the usual bare subjects (тараптар, елдер) end the phrase: they are
    // the clause's, not the document's.
    private static readonly string[] Stops = Lexicon.Keys(
        "бүгін", "кеше", "ертең", "биыл", "қазір", "ал", "тағы", "сондай-ақ", "да", "де", "та", "те", "ғана", "бір", "бұл", "осы", "сол", "ол",
        "мына", "бірқатар", "бірнеше", "көптеген", "барлық", "әр", "өз", "маңызды", "тиісті", "жаңа", "тараптар", "олар", "біз", "елдер",
        "мемлекеттер", "басшылар");

    private const int LongestName = 7;

    public static void Complete(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var verb = sentence.FirstWord + 2; verb < sentence.EndWord; verb++)
            {
                if (context.OwnerOf(verb) is not null || !PredicateLexicon.MayBe(Frame.Sign, words[verb].Key)
                    || PredicateLexicon.At(words, verb, sentence.FirstWord) is not { Predicate.Frame: Frame.Sign } sign
                    || sign.First - 1 <= sentence.FirstWord)
                {
                    continue;
                }

                // ... туралы келісімге және ... туралы меморандумға қол қойды: each of the documents listed before the verb.
                for (var head = sign.First - 1; head > sentence.FirstWord && context.OwnerOf(head) is null && Head(words[head].Key) is { } noun
                    && Start(context, sentence.FirstWord, head) is { } first; head = first - 2)
                {
                    Add(context, first, head, noun);
                    if (first - 1 <= sentence.FirstWord || !Lexicon.IsAny(words[first - 1].Key, Connectors))
                    {
                        break;
                    }
                }
            }
        }
    }

    // келісімге, меморандумға: the head noun in the dative, singular.
    private static (string Stem, string English, string Ending)? Head(string key)
    {
        foreach (var (stem, english) in Heads)
        {
            if (key.StartsWith(stem, StringComparison.Ordinal) && key[stem.Length..] is var ending && CaseEndings.Of(ending) == GrammaticalCase.Dative
                && !HeadNouns.IsPlural(ending))
            {
                return (stem, english, ending);
            }
        }

        return null;
    }

    // The first word of the phrase: back from the head over bare words to the one before "туралы", which must be there
    // with at least one word before it.
    private static int? Start(ExtractionContext context, int sentenceStart, int head)
    {
        var words = context.Words;
        int? about = null;
        var first = head;
        for (var k = head - 1; k >= sentenceStart && head - k <= LongestName; k--)
        {
            var word = words[k];
            if (!word.IsWord || context.OwnerOf(k) is not null || Lexicon.IsAny(word.Key, Stops) || LocationRule.IsCount(word.Key))
            {
                break;
            }

            if (Lexicon.IsAny(word.Key, About))
            {
                if (about is not null)
                {
                    break;
                }

                about = k;
                continue;
            }

            // Inside the phrase only bare nouns and adjectives (and және between them); a word in a case of its own or a
            // verb form belongs to the clause.
            if (!Lexicon.IsAny(word.Key, Connectors) && (CaseEndings.Of(word.Key) != GrammaticalCase.Nominative || IsVerbForm(word.Key)))
            {
                break;
            }

            first = k;
        }

        if (about is not { } a || first >= a)
        {
            return null;
        }

        // A phrase cannot open with a conjunction (Қазақстан мен | ынтымақтастық ...: the pair's мен).
        while (first < a && Lexicon.IsAny(words[first].Key, Connectors))
        {
            first++;
        }

        return first < a ? first : null;
    }

    private static bool IsVerbForm(string key) => Lexicon.EndsWithAny(key, VerbTails) && !Lexicon.EndsWithAny(key, NounTails);

    private static readonly string[] VerbTails =
    [
        .. VerbEndings.ThirdPersonTails, .. VerbEndings.ProgressiveTails, .. VerbEndings.ParticipleTails, .. VerbEndings.ConverbTails,
        .. VerbEndings.ConditionalTails, .. VerbEndings.ScheduledTails,
    ];

    private static readonly string[] NounTails = Lexicon.Keys("лықты", "лікті");

    private static void Add(ExtractionContext context, int first, int head, (string Stem, string English, string Ending) noun)
    {
        var words = context.Words;
        var topic = Enumerable.Range(first, head - first).TakeWhile(k => !Lexicon.IsAny(words[k].Key, About)).ToList();
        var glossed = topic.Select(k => Glossary.Gloss(words[k].Key)).ToList();
        var subject = glossed.All(g => g is not null)
            ? string.Join(' ', glossed)
            : EnglishRomanizer.Romanize(ArabicToCyrillic.Convert(context.Normalized.Text[words[topic[0]].Start..words[topic[^1]].End], context.Resources.ReverseNames));
        var name = $"{noun.English} on {subject}";
        var arabic = context.Normalized.Text[words[first].Start..words[head].Start] + words[head].Key[..^noun.Ending.Length];
        var entity = context.Entity(Slug.Of(name), EntityType.Initiative, name);
        entity.NameArabic ??= arabic;
        var cyrillic = ArabicToCyrillic.Convert(arabic, context.Resources.ReverseNames);
        entity.NameCyrillic ??= cyrillic.Length == 0 ? cyrillic : char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..];
        entity.NameLatin ??= CyrillicToLatin.Convert(entity.NameCyrillic);
        context.AddMention(first, head, entity, noun.Ending);
    }
}

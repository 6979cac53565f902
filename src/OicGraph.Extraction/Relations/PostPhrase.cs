using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A post as written: words <c>[First, Last]</c> with its modifiers (тұңғыш, уақытша) and, for a minister, the field
/// before it (<see cref="FieldFirst"/>..<c>CueFirst - 1</c>) and the ministry that field names.
/// </summary>
internal sealed record PostPhrase(int First, int CueFirst, int Last, string Role, PostKind Kind, bool Field, ReferenceEntry? Ministry, int FieldFirst)
{
    /// <summary>The inflection on the post's last word (елшісімен: -сімен), whose case says what the post is in its clause.</summary>
    public string Ending { get; init; } = "";

    /// <summary>
    /// Whether the post word carries the possessive (Қазақстан Президенті, министрдің орынбасары): only a possessed post
    /// belongs to the name before it; a bare one (Дума премьер-министр ретінде ...) is said of no owner there.
    /// </summary>
    public bool Possessed { get; init; }

    private static readonly (string[] Words, string English)[] Modifiers =
    [
        (Lexicon.Keys("тұңғыш"), "First"),
        (Lexicon.Keys("бірінші"), "First"),
        (Lexicon.Keys("екінші"), "Second"),
        (Lexicon.Keys("үшінші"), "Third"),
        (Lexicon.Keys("бұрынғы"), "Former"),
        (Lexicon.Keys("уақытша"), "Acting"),
        (Lexicon.Keys("жаңа"), ""),
        (Lexicon.Keys("қазіргі"), ""),
        (Lexicon.Keys("кезекті"), ""),
        ([.. "төтенше және өкілетті".Split(' ').Select(Lexicon.Key)], ""),
    ];

    private static readonly string[] Acting = [.. "міндетін атқарушы".Split(' ').Select(Lexicon.Key)];
    private static readonly string[] FirstDeputy = Lexicon.Keys("бірінші");

    /// <summary>
    /// The post starting with a cue at word <paramref name="i"/> (cue words free of mentions), or null; a post under a
    /// head's post (орынбасары, көмекшісі, кеңесшісі after президенті, төрағасы) is the subordinate one.
    /// </summary>
    public static PostPhrase? At(ExtractionContext context, SentenceSpan sentence, int i)
    {
        var words = context.Words;
        if (RoleCues.At(words, i, sentence.EndWord) is not { } hit || !Free(context, i, hit.Last))
        {
            return null;
        }

        var (cue, last, ending) = (hit.Cue, hit.Last, hit.Ending);
        var possessed = CaseEndings.IsPossessive(ending);
        var role = cue.Role;
        var kind = cue.Kind;

        // төраға орынбасары, министрдің бірінші орынбасары, Президентінің көмекшісі: the post under the one just named.
        var deputyAt = last + 1;
        var firstEnd = FirstOrdinalEnd(words, deputyAt, sentence.EndWord);
        var first = firstEnd >= deputyAt ? "First " : "";
        deputyAt = Math.Max(deputyAt, firstEnd + 1);
        if (cue != RoleCues.Deputy && deputyAt < sentence.EndWord && RoleCues.At(words, deputyAt, sentence.EndWord) is { Cue: var under, Last: var underLast }
            && (under == RoleCues.Deputy || (cue.Kind == PostKind.Head && first.Length == 0))
            && RoleCues.Subordinate(under, role, first) is { } subordinate && Free(context, deputyAt, underLast))
        {
            role = subordinate;
            kind = PostKind.Post;
            last = underLast;
            ending = RoleCues.At(words, deputyAt, sentence.EndWord)!.Value.Ending;
            possessed |= CaseEndings.IsPossessive(ending);
        }

        if (last + Acting.Length < sentence.EndWord && StartWith(words, last + 1, Acting))
        {
            role = "Acting " + role;
            last += Acting.Length;
            ending = words[last].Key[Acting[^1].Length..];
        }

        var start = i;
        var prefix = "";
        for (var matched = true; matched;)
        {
            matched = false;
            foreach (var (modifier, english) in Modifiers)
            {
                var from = start - modifier.Length;
                if (from >= sentence.FirstWord && Free(context, from, start - 1) && Are(words, from, modifier))
                {
                    prefix = english.Length == 0 ? prefix : english + (prefix.Length == 0 ? "" : " " + prefix);
                    start = from;
                    matched = true;
                    break;
                }
            }
        }

        if (prefix.Length > 0 && !role.StartsWith(prefix, StringComparison.Ordinal))
        {
            role = prefix + " " + role;
        }

        var (ministry, fieldFirst) = cue.Field ? FieldBefore(context, sentence, start) : (null, start);
        return new PostPhrase(fieldFirst, i, last, role, kind, cue.Field, ministry, fieldFirst) { Ending = ending, Possessed = possessed };
    }

    // The last word of "first" starting at word from, in words (бірінші) or in digits as KazNERD spells its numbers
    // (1-ші, 1ء-ىنشى: a number and its ending in up to three tokens); -1 when none starts there.
    private static int FirstOrdinalEnd(IReadOnlyList<Word> words, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        if (Lexicon.IsAny(words[from].Key, FirstDeputy))
        {
            return from;
        }

        if (words[from].Kind != WordKind.Number)
        {
            return -1;
        }

        for (var last = Math.Min(end - 1, from + 3); last > from; last--)
        {
            if (Steps.EventNumbers.EndingAt(words, last, from) is (var start, 1) && start == from)
            {
                return last;
            }
        }

        return -1;
    }

    // The longest run of free words before the post that names a ministry.
    private static (ReferenceEntry? Ministry, int First) FieldBefore(ExtractionContext context, SentenceSpan sentence, int start)
    {
        var words = context.Words;
        for (var length = Math.Min(Ministries.LongestField, start - sentence.FirstWord); length >= 1; length--)
        {
            var from = start - length;
            if (!Free(context, from, start - 1))
            {
                continue;
            }

            var field = string.Join(' ', Enumerable.Range(from, length).Select(k => words[k].Key));
            if (Ministries.OfField(context.Resources, field) is { } ministry)
            {
                return (ministry, from);
            }
        }

        return (null, start);
    }

    // Loops rather than Enumerable.Range(...).All(...): this runs at every post cue of every sentence, three times per
    // document (post owners, post holders, the post rule), and each lambda was an allocation there.
    private static bool StartWith(IReadOnlyList<Word> words, int from, string[] stems)
    {
        for (var k = 0; k < stems.Length; k++)
        {
            if (!words[from + k].Key.StartsWith(stems[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Are(IReadOnlyList<Word> words, int from, string[] keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (words[from + k].Key != keys[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Free(ExtractionContext context, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (context.OwnerOf(k) is not null || !context.Words[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}

using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>The post words of the list and their kin, and the lookup of the longest one at a word.</summary>
internal static class RoleCues
{
    public static readonly IReadOnlyList<RoleCue> All =
    [
        RoleCue.Of("президент", "President", PostKind.Head),
        RoleCue.Of("премьер-министр", "Prime Minister", PostKind.Head),
        RoleCue.Of("премьер", "Prime Minister", PostKind.Head),
        RoleCue.Of("төраға", "Chairman", PostKind.Head),
        RoleCue.Of("басқарма төраға", "Chairman of the Board", PostKind.Head),
        RoleCue.Of("басшы", "Head", PostKind.Head),
        RoleCue.Of("бастық", "Chief", PostKind.Head),
        RoleCue.Of("жетекші", "Leader", PostKind.Head),
        RoleCue.Of("меңгеруші", "Head", PostKind.Head),
        RoleCue.Of("әкім", "Akim", PostKind.Head),
        RoleCue.Of("мэр", "Mayor", PostKind.Head),
        RoleCue.Of("губернатор", "Governor", PostKind.Head),
        RoleCue.Of("директор", "Director", PostKind.Head),
        RoleCue.Of("бас директор", "Director General", PostKind.Head),
        RoleCue.Of("бас атқарушы директор", "Chief Executive Officer", PostKind.Head),
        RoleCue.Of("ректор", "Rector", PostKind.Head),
        RoleCue.Of("бас хатшы", "Secretary General", PostKind.Head),
        RoleCue.Of("спикер", "Speaker", PostKind.Head),
        RoleCue.Of("король", "King", PostKind.Head),
        RoleCue.Of("патша", "King", PostKind.Head),
        RoleCue.Of("әмір", "Emir", PostKind.Head),
        RoleCue.Of("канцлер", "Chancellor", PostKind.Head),
        RoleCue.Of("бас редактор", "Editor-in-Chief", PostKind.Head),
        RoleCue.Of("бас қолбасшы", "Commander-in-Chief", PostKind.Head),
        RoleCue.Of("министр", "Minister", PostKind.Head, field: true),
        RoleCue.Of("вице-президент", "Vice President", PostKind.Post),
        RoleCue.Of("вице-премьер", "Deputy Prime Minister", PostKind.Post),
        RoleCue.Of("вице-премьер-министр", "Deputy Prime Minister", PostKind.Post),
        RoleCue.Of("вице-премьер министр", "Deputy Prime Minister", PostKind.Post),
        RoleCue.Of("вице-министр", "Vice Minister", PostKind.Post, field: true),
        RoleCue.Of("орынбасар", "Deputy", PostKind.Post),
        RoleCue.Of("хатшы", "Secretary", PostKind.Post),
        RoleCue.Of("мемлекеттік хатшы", "Secretary of State", PostKind.Post),
        RoleCue.Of("баспасөз хатшы", "Press Secretary", PostKind.Post),
        RoleCue.Unsplit("баспасөз хатшы", "Press Secretary", PostKind.Post),
        RoleCue.Of("ресми өкіл", "Official Representative", PostKind.Post),
        RoleCue.Of("жауапты хатшы", "Executive Secretary", PostKind.Post),
        RoleCue.Of("елші", "Ambassador", PostKind.Post),
        RoleCue.Of("бас консул", "Consul General", PostKind.Post),
        RoleCue.Of("консул", "Consul", PostKind.Post),
        RoleCue.Of("тұрақты өкіл", "Permanent Representative", PostKind.Post),
        RoleCue.Of("өкіл", "Representative", PostKind.Post),
        RoleCue.Of("депутат", "Deputy", PostKind.Post),
        RoleCue.Of("сенатор", "Senator", PostKind.Post),
        RoleCue.Of("кеңесші", "Adviser", PostKind.Post),
        RoleCue.Of("көмекші", "Assistant", PostKind.Post),
        RoleCue.Of("маршал", "Marshal", PostKind.Post),
        RoleCue.Of("бас маман", "Chief Specialist", PostKind.Post),
        RoleCue.Of("маман", "Specialist", PostKind.Post),
        RoleCue.Of("сарапшы", "Expert", PostKind.Post),
        RoleCue.Of("атқарушы директор", "Executive Director", PostKind.Post),
        RoleCue.Of("бас прокурор", "Prosecutor General", PostKind.Post),
        RoleCue.Of("прокурор", "Prosecutor", PostKind.Post),
        RoleCue.Of("судья", "Judge", PostKind.Post),
        RoleCue.Of("профессор", "Professor", PostKind.Post),
        RoleCue.Of("оқытушы", "Lecturer", PostKind.Post),
        RoleCue.Of("бас бапкер", "Head Coach", PostKind.Post),
        RoleCue.Of("бапкер", "Coach", PostKind.Post),
        RoleCue.Of("жаттықтырушы", "Coach", PostKind.Post),
        RoleCue.Of("тілші", "Correspondent", PostKind.Post),
        RoleCue.Of("тележүргізуші", "TV Presenter", PostKind.Post),
        RoleCue.Of("мүше", "Member", PostKind.Member),
        RoleCue.Of("қызметкер", "Employee", PostKind.Staff),
    ];

    /// <summary>"төраға орынбасары", "министрдің орынбасары": a deputy of the post before it.</summary>
    public static readonly RoleCue Deputy = All.Single(c => c.Role == "Deputy" && c.Kind == PostKind.Post && c.Words.Length == 1 && c.Words[0] == Lexicon.Key("орынбасар"));

    /// <summary>
    /// Posts held under another post, named after it (Президентінің көмекшісі, төраға орынбасары): the English
    /// wording of the pair, built from the superior's role.
    /// </summary>
    public static string? Subordinate(RoleCue cue, string superior, string first) => cue.Role switch
    {
        "Deputy" when cue == Deputy => $"{first}Deputy {superior}",
        "Assistant" or "Adviser" or "Press Secretary" => $"{cue.Role} to the {superior}",
        _ => null,
    };

    // Longest first, by the first two letters of the cue's first word (which the word at the cue starts with, whole or
    // as a stem): most words start no cue, and the rest try one or two. Three callers look at every word of a document.
    private static readonly TwoLetterIndex<RoleCue> ByFirstLetters = new(
        All.OrderByDescending(c => c.Words.Length).ThenByDescending(c => c.Words[^1].Length),
        c => c.Words[0][..Math.Min(2, c.Words[0].Length)]);

    /// <summary>A cue whose first word a key is (or, for a one-word cue, starts with before <see cref="Ending"/>).</summary>
    internal readonly record struct Start(RoleCue Cue, string? Ending);

    /// <summary>The longest post at word <paramref name="i"/>: its cue, its last word, and the ending that word carries.</summary>
    public static (RoleCue Cue, int Last, string Ending)? At(IReadOnlyList<Word> words, int i, int end)
    {
        // What depends on the first word's key alone is kept on its shared entry (when a step has looked the word up):
        // the passes ask this of every word of a document, and most keys start no cue.
        var word = words[i];
        var starts = word.Facts is { } facts ? facts.RoleCueStarts ??= StartsOf(word.Key) : StartsOf(word.Key);
        foreach (var (cue, oneWordEnding) in starts)
        {
            var last = i + cue.Words.Length - 1;
            if (last >= end)
            {
                continue;
            }

            if (oneWordEnding is not null)
            {
                return (cue, last, oneWordEnding);
            }

            var fixedWords = true;
            for (var k = 1; k < cue.Words.Length - 1 && fixedWords; k++)
            {
                fixedWords = words[i + k].Key == cue.Words[k];
            }

            var key = words[last].Key;
            if (fixedWords && key.StartsWith(cue.Words[^1], StringComparison.Ordinal) && CaseEndings.InflectionAfter(key, cue.Words[^1].Length) is { } ending)
            {
                return (cue, last, ending);
            }
        }

        return null;
    }

    // The cues, longest first, that a word of this key may start: a one-word cue whose word it is with an inflection
    // after it, or a longer cue whose first word it is.
    private static Start[] StartsOf(string key)
    {
        List<Start>? starts = null;
        foreach (var cue in ByFirstLetters.Candidates(key))
        {
            if (cue.Words.Length == 1)
            {
                if (key.StartsWith(cue.Words[0], StringComparison.Ordinal) && CaseEndings.InflectionAfter(key, cue.Words[0].Length) is { } ending)
                {
                    (starts ??= []).Add(new Start(cue, ending));
                }
            }
            else if (key == cue.Words[0])
            {
                (starts ??= []).Add(new Start(cue, null));
            }
        }

        return starts is null ? [] : [.. starts];
    }
}

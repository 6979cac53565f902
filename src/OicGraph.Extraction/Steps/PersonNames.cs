using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>What a name looks like in Arabic-script keys, and how an unknown person gets names in every script.</summary>
internal static class PersonNames
{
    private static readonly string[] RussianEndings = ["وۆ", "ەۆ", "وۆا", "ەۆا", "ەۆنا", "وۆنا", "وۆيچ", "ەۆيچ", "سكي", "سكايا"];
    private static readonly string[] KazakhEndings = ["ين", "ينا", "ۇلى", "قىزى", "بەك", "باي", "حان", "جان", "ۇلى", "تاي", "عالي", "باەۆ"];
    private static readonly string[] Patronymics = Lexicon.Keys("ұлы", "қызы");

    public static bool IsFirstName(ExtractionContext context, string key) => context.Resources.FirstNames.ContainsKey(key);

    public static bool IsPatronymicWord(string key) => Lexicon.IsAny(key, Patronymics);

    public static bool IsPatronymic(string key) => key.EndsWith(Patronymics[0], StringComparison.Ordinal) || key.EndsWith(Patronymics[1], StringComparison.Ordinal);

    public static bool IsSurname(ExtractionContext context, string key) =>
        IsRussianSurname(context, key) || EndsWithAny(Stem(context, key), KazakhEndings) || IsPatronymic(key);

    public static bool IsRussianSurname(ExtractionContext context, string key) =>
        key.Length >= 5 && EndsWithAny(Stem(context, key), RussianEndings);

    // The stem of an inflected surname: نازاربايەۆتىڭ → نازاربايەۆ; the shortest candidate that still looks like a name.
    private static string Stem(ExtractionContext context, string key)
    {
        foreach (var stem in context.Resources.NameStems(key))
        {
            if (EndsWithAny(stem, RussianEndings) || EndsWithAny(stem, KazakhEndings))
            {
                return stem;
            }
        }

        return key;
    }

    private static bool EndsWithAny(string key, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length > ending.Length + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person named by words <c>[first, last]</c>: Cyrillic read back by the text layer, English romanised from it.</summary>
    public static EntityDraft Entity(ExtractionContext context, int first, int last)
    {
        var words = context.Words;
        var parts = new List<string>();
        var arabic = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (!word.IsWord)
            {
                continue;
            }

            var key = i == last ? NameStem(context, word.Key) : word.Key;
            arabic.Add(i == last ? key : word.Text);
            parts.Add(context.Resources.FirstNames.TryGetValue(key, out var known) ? known : Capitalize(ArabicToCyrillic.Convert(key, context.Resources.ReverseNames)));
            if (i < last && word.Key.Length == 1)
            {
                parts[^1] += ".";
            }
        }

        var cyrillic = string.Join(' ', parts);
        var english = EnglishRomanizer.Romanize(cyrillic);
        var entity = context.Entity(Slug.Of(english), EntityType.Person, english);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= string.Join(' ', arabic);
        return entity;
    }

    private static string NameStem(ExtractionContext context, string key)
    {
        foreach (var stem in context.Resources.NameStems(key))
        {
            if (context.Resources.FirstNames.ContainsKey(stem) || EndsWithAny(stem, RussianEndings))
            {
                return stem;
            }
        }

        return key;
    }

    private static string Capitalize(string word) =>
        string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}

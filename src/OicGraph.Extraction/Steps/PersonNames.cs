using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>What the words of a personal name look like in Arabic-script keys, and how an unknown person is named.</summary>
internal static class PersonNames
{
    private static readonly string[] RussianEndings = ["وۆ", "ەۆ", "وۆا", "ەۆا", "ينا"];
    private static readonly string[] RussianPatronymics = ["ەۆيچ", "وۆيچ", "ەۆنا", "وۆنا", "يچ"];
    private static readonly string[] KazakhEndings = ["ين", "ۇلى", "قىزى", "بەك", "باي", "حان", "جان", "تاي", "عالي", "سكي", "سكايا", "ەنكو", "ۆيچ"];
    /// <summary>
    /// The cases a name carries that its own last letters rarely are: genitive, ablative, dative, locative, and the
    /// instrumental after a consonant. The accusative -ды/-ты and the instrumental -мен are also how names end
    /// (Қайрақты, Сүлеймен), so they are read as a case only where a name cannot end (<see cref="IsInflected"/>).
    /// </summary>
    internal static readonly string[] NameCases = Lexicon.Keys(
        "ның", "дың", "тың", "бен", "пен", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "да", "де", "та", "те");

    private static readonly string[] CaseEndings = [.. NameCases, .. Lexicon.Keys("ны", "ды", "ты", "мен", "лар", "лер", "дар", "дер", "тар", "тер")];

    /// <summary>A word with a case or plural ending (رەسەيدە, ادامدار) is not the bare first part of a name.</summary>
    public static bool IsInflected(string key)
    {
        foreach (var ending in CaseEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that may be a name the lexicons do not know: not frequent, not a title, not a place, not inflected.</summary>
    public static bool IsUnknownName(ExtractionContext context, string key) =>
        key.Length >= 3 && !IsCommon(context, key) && !IsInflected(key) && !context.Resources.Entities.ContainsWord(key) && !IsFirstName(context, key);
    private static readonly string[] Patronymics = Lexicon.Keys("ұлы", "қызы");

    public static bool IsFirstName(ExtractionContext context, string key) => (ShapeOf(context, key) & PersonNameShape.FirstName) != 0;

    private static PersonNameShape ShapeOf(ExtractionContext context, string key)
    {
        // Most words are neither, and asking the shared cache about each is a cache miss on a document's first touch.
        if (!MayBeNamePart(context, key))
        {
            return PersonNameShape.None;
        }

        var facts = context.Resources.FactsOf(key);
        if (facts.TryGetPersonNameShape(out var shape))
        {
            return shape;
        }

        shape = ShapeFromLexicon(context, key);
        facts.SetPersonNameShape(shape);
        return shape;
    }

    /// <summary>The shape worked out from the lexicon and the stems, neither gated nor cached (what the gate must agree with).</summary>
    internal static PersonNameShape ShapeFromLexicon(ExtractionContext context, string key) =>
        (context.Resources.FirstNames.ContainsKey(key) ? PersonNameShape.FirstName : PersonNameShape.None)
        | (key.Length >= 5 && EndsWithAny(Stem(context, key, RussianEndings), RussianEndings) ? PersonNameShape.RussianSurname : PersonNameShape.None);

    /// <summary>
    /// False only for a key that is certainly not a first name (the bitmap says so) and cannot have a Russian-surname stem:
    /// a stem is the key cut short (its last letter at most devoiced to ك, ق or پ), so a stem ending in ۆ, ۆا or ينا needs
    /// that letter or those letters in the key.
    /// </summary>
    internal static bool MayBeNamePart(ExtractionContext context, string key) =>
        context.Resources.FirstNameFilter.MayContain(key)
        || (key.Length >= 5 && (key.Contains('\u06C6') || key.Contains("ينا", StringComparison.Ordinal)));

    /// <summary>A first name, possibly inflected (ابايدىڭ, ساماتتىڭ); the stem is the name.</summary>
    public static string? FirstNameStem(ExtractionContext context, string key)
    {
        if (IsFirstName(context, key))
        {
            return key;
        }

        foreach (var stem in context.Resources.NameStems(key))
        {
            if (IsFirstName(context, stem))
            {
                return stem;
            }
        }

        return null;
    }

    public static bool IsCommon(ExtractionContext context, string key)
    {
        var common = context.Resources.CommonWords;
        if (common.Contains(key) || Lexicon.IsAny(key, Lexicon.PersonTitles))
        {
            return true;
        }

        foreach (var stem in context.Resources.NameStems(key))
        {
            if (common.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The split patronymic word (قاسىم-جومارت كەمەل ۇلى), possibly inflected (ۇلىنىڭ).</summary>
    public static bool IsPatronymicWord(string key)
    {
        foreach (var patronymic in Patronymics)
        {
            if (key.StartsWith(patronymic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPatronymic(ExtractionContext context, string key)
    {
        if (EndsWithAny(Stem(context, key, RussianPatronymics), RussianPatronymics))
        {
            return true;
        }

        var stem = Stem(context, key, Patronymics);
        foreach (var patronymic in Patronymics)
        {
            if (stem.EndsWith(patronymic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSurname(ExtractionContext context, string key) =>
        IsRussianSurname(context, key) || EndsWithAny(Stem(context, key, KazakhEndings), KazakhEndings);

    public static bool IsRussianSurname(ExtractionContext context, string key) => (ShapeOf(context, key) & PersonNameShape.RussianSurname) != 0;

    /// <summary>A lone -ов/-ев/-ова/-ева word that is not a place or body the gazetteer knows (Кирово, Палестина).</summary>
    public static bool IsLoneSurname(ExtractionContext context, string key)
    {
        // Every ending has ۆ, which a stem (the key cut short) keeps: most words are refused before the stem cache is asked.
        if (key.Length < 5 || !key.Contains('\u06C6'))
        {
            return false;
        }

        var stem = Stem(context, key, OvEndings);
        return EndsWithAny(stem, OvEndings) && !context.Resources.Entities.ContainsWord(stem);
    }

    private static readonly string[] OvEndings = ["وۆ", "ەۆ", "وۆا", "ەۆا"];

    // The stem of an inflected name word (نازاربايەۆتىڭ → نازاربايەۆ): the least stripped one with a name ending.
    private static string Stem(ExtractionContext context, string key, string[] endings)
    {
        if (EndsWithAny(key, endings))
        {
            return key;
        }

        foreach (var stem in context.Resources.NameStems(key))
        {
            if (EndsWithAny(stem, endings))
            {
                return stem;
            }
        }

        return key;
    }

    // Called for every stem of every word (the stems of a word run to a dozen): an ending's last letter is compared
    // before the whole ending, which most stems fail at once.
    private static bool EndsWithAny(string key, string[] endings)
    {
        if (key.Length == 0)
        {
            return false;
        }

        var last = key[^1];
        foreach (var ending in endings)
        {
            if (ending[^1] == last && key.Length > ending.Length + 1 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person named by words <c>[first, last]</c>: the reference person if the gazetteer knows that name, else a new
    /// one with its Cyrillic read back by the text layer and an English name romanised from it.
    /// </summary>
    public static EntityDraft Entity(ExtractionContext context, int first, int last, string? lastStem = null)
    {
        var words = context.Words;
        for (var i = first; i <= last; i++)
        {
            if (context.Resources.EntityAt(words, i, last + 1) is { } known && known.Last == last
                && known.Values.FirstOrDefault(v => v.Type == EntityType.Person) is { } person)
            {
                return GazetteerStep.FromReference(context, person);
            }
        }

        var parts = new List<string>();
        var arabic = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (!word.IsWord)
            {
                continue;
            }

            var key = i == last ? lastStem ?? NameStem(context, word.Key) : word.Key;
            arabic.Add(key == word.Key ? word.Text : key);
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

    /// <summary>The case ending of a name's last word (مۋسينوۆپەن → پەن), which relation rules read.</summary>
    public static string SuffixOf(ExtractionContext context, string key)
    {
        var stem = NameStem(context, key);
        return key.StartsWith(stem, StringComparison.Ordinal) ? key[stem.Length..] : "";
    }

    private static string NameStem(ExtractionContext context, string key)
    {
        if (FirstNameStem(context, key) is { } first)
        {
            return first;
        }

        foreach (var stem in context.Resources.NameStems(key))
        {
            if (EndsWithAny(stem, RussianEndings) || EndsWithAny(stem, KazakhEndings))
            {
                return stem;
            }
        }

        return key;
    }

    private static string Capitalize(string word) =>
        string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}

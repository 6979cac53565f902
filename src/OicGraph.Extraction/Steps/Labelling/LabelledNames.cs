using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The entity a labelled span names: the reference entity when the span is one of its names, else a new entity with
/// its Arabic name (the last word's case ending removed), the Cyrillic read back, and an English gloss or romanisation.
/// </summary>
internal static class LabelledNames
{
    private static readonly string[] CaseEndings =
    [
        "نىڭ", "دىڭ", "تىڭ", "نىن", "دا", "دە", "تا", "تە", "ندا", "ندە", "دان", "دەن", "تان", "تەن", "نان", "نەن", "عا", "گە", "قا", "كە",
        "نا", "نە", "نى", "دى", "تى", "ن", "مەن", "بەن", "پەن", "داعى", "دەگى", "تاعى", "تەگى", "نداعى", "ندەگى", "لىق", "لىك",
    ];

    public static (EntityDraft Entity, string Suffix) For(ExtractionContext context, int cls, int first, int last)
    {
        var words = context.Words;
        if (context.Resources.EntityAt(words, first, last + 1) is { } known && known.Last == last
            && known.Values.FirstOrDefault(v => LabelClasses.OfEntityType(v.Type) == cls) is { } entry)
        {
            return (GazetteerStep.FromReference(context, entry), known.Suffix);
        }

        if (cls == LabelClasses.Person)
        {
            var key = words[last].Key;
            var suffix = PersonNames.SuffixOf(context, key);
            if (suffix.Length == 0 && ForeignNameStem(context, key) is { } bare)
            {
                return (PersonNames.Entity(context, first, last, bare), key[bare.Length..]);
            }

            return (PersonNames.Entity(context, first, last), suffix);
        }

        var lastKey = words[last].Key;
        var stem = BeforePlaceHead(context, last) ? GenitiveStem(context, lastKey) : Stem(context, lastKey);
        var arabic = context.Normalized.Text[words[first].Start..words[last].Start] + stem;
        var cyrillic = string.Join(' ', arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Capitalize(ArabicToCyrillic.Convert(w, context.Resources.ReverseNames))));
        var glossed = Enumerable.Range(first, last - first + 1)
            .Select(k => k == last ? Glossary.Gloss(stem) ?? Glossary.Gloss(lastKey) : Glossary.Gloss(words[k].Key))
            .ToList();
        var english = glossed.All(g => g is not null) ? Title(string.Join(' ', glossed)) : EnglishRomanizer.Romanize(cyrillic);
        var type = TypeOf(cls, stem);
        var entity = context.Entity(Slug.Of(english) is { Length: > 0 } slug ? slug : "entity-" + Slug.Of(CyrillicToLatin.Convert(cyrillic)), type, english);
        entity.NameCyrillic ??= cyrillic;
        entity.NameLatin ??= CyrillicToLatin.Convert(cyrillic);
        entity.NameArabic ??= arabic;
        if (!glossed.All(g => g is not null))
        {
            // Read back from the Arabic by rule, not found in a lexicon: say so, since it can be wrong.
            entity.Properties.TryAdd("nameSource", "transliterated");
        }

        return (entity, lastKey.StartsWith(stem, StringComparison.Ordinal) ? lastKey[stem.Length..] : "");
    }

    private static readonly string[] RegionHeads = [Lexicon.Key("облысы"), Lexicon.Key("ауданы"), Lexicon.Key("өлкесі"), Lexicon.Key("провинциясы"), Lexicon.Key("штаты")];
    private static readonly string[] CityHeads = [Lexicon.Key("қаласы"), Lexicon.Key("ауылы"), Lexicon.Key("кенті")];

    private static EntityType TypeOf(int cls, string lastStem) => cls switch
    {
        LabelClasses.Organization => EntityType.Organization,
        LabelClasses.Event => EntityType.Event,
        LabelClasses.Location => EntityType.Place,
        LabelClasses.Gpe when RegionHeads.Any(h => lastStem.StartsWith(h, StringComparison.Ordinal)) => EntityType.Region,
        LabelClasses.Gpe when lastStem.EndsWith("ستان", StringComparison.Ordinal) || lastStem.EndsWith(Lexicon.Key("республикасы"), StringComparison.Ordinal) => EntityType.Country,
        LabelClasses.Gpe when CityHeads.Any(h => lastStem.StartsWith(h, StringComparison.Ordinal)) => EntityType.City,
        LabelClasses.Gpe => EntityType.City,
        _ => EntityType.Place,
    };

    // The longest case ending that leaves a stem of at least three letters; names end in letters that look like endings.
    private static string Stem(ExtractionContext context, string key)
    {
        foreach (var stem in context.Resources.NameStems(key).Reverse())
        {
            if (stem.Length >= 3 && stem.Length < key.Length && key.StartsWith(stem, StringComparison.Ordinal)
                && Array.IndexOf(CaseEndings, key[stem.Length..]) >= 0)
            {
                return stem;
            }
        }

        return key;
    }

    // A name right before its possessed head noun (Жаңаарқа ауданы, Қобда ауданында, Қайрақты елді мекені) is bare, or
    // genitive at most: its last letters are its own, however like a case ending they look (-қа, -да, -ты).
    private static readonly string Inhabited = Lexicon.Key("елді");
    private static readonly string[] Genitives = Lexicon.Keys("ның", "дың", "тың");

    private static bool BeforePlaceHead(ExtractionContext context, int last)
    {
        var words = context.Words;
        if (last + 1 >= words.Count || words[last + 1].Sentence != words[last].Sentence || !words[last + 1].IsWord)
        {
            return false;
        }

        var next = words[last + 1].Key;
        return next == Inhabited || HeadNouns.Of(next, context.Resources.NameStems(next)) == HeadNouns.Kind.Place;
    }

    private static string GenitiveStem(ExtractionContext context, string key)
    {
        var stem = Stem(context, key);
        return Array.IndexOf(Genitives, key[stem.Length..]) >= 0 ? stem : key;
    }

    // The case endings a foreign name the person lexicons cannot stem (Тадаси Ямамотомен, Ямамотоның) carries whose
    // letters a name's own end rarely is: not the locative (Икеда), -қа (Танака), -тан (Сұлтан); the comitative -мен
    // only after a vowel (Сүлеймен is a name).
    private static readonly string[] ForeignNameCases = Lexicon.Keys("ның", "дың", "тың", "бен", "пен", "дан", "ден", "нан", "нен", "ға", "ге");
    private static readonly string Comitative = Lexicon.Key("мен");

    private static string? ForeignNameStem(ExtractionContext context, string key)
    {
        foreach (var stem in context.Resources.NameStems(key))
        {
            if (stem.Length < 3 || stem.Length >= key.Length || !key.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var ending = key[stem.Length..];
            if (Array.IndexOf(ForeignNameCases, ending) >= 0 || (ending == Comitative && stem[^1] is 'ا' or 'ە' or 'و' or 'ۇ' or 'ى'))
            {
                return stem;
            }
        }

        return null;
    }

    private static string Capitalize(string word) =>
        string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Title(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Reference;

/// <summary>The display names of a reference entry in every script; Arabic and Latin made by the text layer from Cyrillic.</summary>
internal static class ReferenceNames
{
    public static SortedDictionary<string, string> For(ReferenceEntry entry)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal) { [NameScripts.English] = entry.NameEn };
        if (HasCyrillic(entry.NameKk))
        {
            names[NameScripts.KazakhCyrillic] = entry.NameKk;
            names[NameScripts.KazakhLatin] = CyrillicToLatin.Convert(entry.NameKk);
            names[NameScripts.KazakhArabic] = CyrillicToArabic.Convert(entry.NameKk);
        }

        return names;
    }

    public static bool HasCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');
}

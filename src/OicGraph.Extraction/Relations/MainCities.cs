using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "Мысырдың бас қаласы Каир" (Egypt's main city, its capital): the place-head rule reads the word before "қаласы" as a
/// city's name, but "бас" (main) names none, so that mention goes (after the labeller, whose feature it was, and before
/// the relation rules, which read "бас қаласы" as a capital's noun).
/// </summary>
internal static class MainCities
{
    private static readonly string Main = Lexicon.Key("бас");
    private static readonly string City = Lexicon.Key("қала");

    public static void Apply(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var mention in context.Mentions.Where(m => m.Entity.Type == EntityType.City && m.First == m.Last && words[m.First].Key == Main).ToList())
        {
            if (mention.Last + 1 < words.Count && words[mention.Last + 1].Key.StartsWith(City, StringComparison.Ordinal))
            {
                context.RemoveMention(mention);
            }
        }
    }

    /// <summary>Whether words <paramref name="k"/>, <paramref name="k"/> + 1 are "бас қаласы" (its capital).</summary>
    public static bool IsMainCity(IReadOnlyList<Word> words, int k) =>
        k + 1 < words.Count && words[k].Key == Main && words[k + 1].Key.StartsWith(City, StringComparison.Ordinal)
        && Relations.Grammar.CaseEndings.IsPossessive(words[k + 1].Key[City.Length..]);
}

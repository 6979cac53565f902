using System.Runtime.CompilerServices;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// How well an entity's names match a search: the best (score, query key's rank, same script first, name's position) of
/// every name's search key that a query key begins. Each entity record's names, keys and scripts are worked out once
/// (a record is immutable, a rewritten entity is a new one), since the transliteration of every name was most of a
/// search's time.
/// </summary>
internal static class SearchRanking
{
    private static readonly ConditionalWeakTable<Entity, NameKey[]> Keyed = new();

    /// <summary>
    /// The best of the entity's names: the share of its key the query covers, 1 for an exact name. The hit shows the name
    /// as the entity writes it, never the key (keys are an internal, script-neutral form such as <c>~KZKSTN</c>). Among
    /// names that match equally well, the one matched by the query's better key wins (the exact form before a stripped
    /// stem or the consonant skeleton), then a name in the query's own script.
    /// </summary>
    public static (double Score, string Name) Best(Entity entity, IReadOnlyList<string> queryKeys, Script queryScript)
    {
        var bestName = entity.Name;
        var bestScore = 0.0;
        var bestRank = 0;
        var bestForeign = false;
        var bestPosition = 0;
        var found = false;
        foreach (var name in Keyed.GetValue(entity, static e => KeysOf(e)))
        {
            for (var rank = 0; rank < queryKeys.Count; rank++)
            {
                var query = queryKeys[rank];
                if (!name.Key.StartsWith(query, StringComparison.Ordinal))
                {
                    continue;
                }

                var score = Math.Round((double)query.Length / name.Key.Length, 3);
                var foreign = name.Script != queryScript;
                // Strictly better only: on a tie the first in name, key and query order stays.
                if (!found || score > bestScore
                    || (score == bestScore && (rank < bestRank || (rank == bestRank && ((!foreign && bestForeign) || (foreign == bestForeign && name.Position < bestPosition))))))
                {
                    (bestName, bestScore, bestRank, bestForeign, bestPosition, found) = (name.Name, score, rank, foreign, name.Position, true);
                }
            }
        }

        return (bestScore, bestName);
    }

    public static Script ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')
            {
                return Script.Arabic;
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                return Script.Cyrillic;
            }

            if (char.IsLetter(c))
            {
                return Script.Latin;
            }
        }

        return Script.Latin;
    }

    // The entity's distinct non-empty names (its name, its names in every script, its aliases), each key of each in order.
    private static NameKey[] KeysOf(Entity entity) =>
        [.. new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .SelectMany((name, position) => SearchKeys.ForName(name).Select(key => new NameKey(name, position, key, ScriptOf(name))))];

    private readonly record struct NameKey(string Name, int Position, string Key, Script Script);
}

internal enum Script
{
    Latin,
    Arabic,
    Cyrillic,
}

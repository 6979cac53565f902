using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// Which entity types each single word of a reference name belongs to (as the first, a middle or the last word), so
/// the labeller knows "a word of a known organisation's name" even where the whole name is not written out.
/// </summary>
internal sealed class WordGazetteer
{
    private readonly Dictionary<string, int> _flags = new(StringComparer.Ordinal);

    public WordGazetteer(ReferenceData reference)
    {
        foreach (var entry in reference.Entries)
        {
            foreach (var name in entry.AllNames)
            {
                foreach (var keys in ExtractionResources.PhraseKeys(name))
                {
                    for (var k = 0; k < keys.Length; k++)
                    {
                        var position = keys.Length == 1 ? 0 : k == 0 ? 1 : k == keys.Length - 1 ? 3 : 2;
                        _flags[keys[k]] = _flags.GetValueOrDefault(keys[k]) | Bit(entry.Type, position);
                    }
                }
            }
        }

        // Names known only as words: the bits of a reference name of their type, which the weights learn from the names
        // that are both.
        foreach (var (type, name) in reference.PlaceNames)
        {
            foreach (var keys in ExtractionResources.PhraseKeys(name))
            {
                for (var k = 0; k < keys.Length; k++)
                {
                    var position = keys.Length == 1 ? 0 : k == 0 ? 1 : k == keys.Length - 1 ? 3 : 2;
                    _flags[keys[k]] = _flags.GetValueOrDefault(keys[k]) | Bit(type, position);
                }
            }
        }

        foreach (var post in reference.Posts)
        {
            foreach (var name in post.AllNames)
            {
                foreach (var keys in ExtractionResources.PhraseKeys(name))
                {
                    foreach (var key in keys)
                    {
                        _flags[key] = _flags.GetValueOrDefault(key) | PostBit;
                    }
                }
            }
        }
    }

    private const int Positions = 4;

    /// <summary>A bit per (entity type, word position) and one for words of posts.</summary>
    public const int PostBit = 1 << 30;

    private static int Bit(EntityType type, int position) => 1 << ((Group(type) * Positions) + position);

    // Seven groups of four positions fit an int below the post bit.
    private static int Group(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Country => 1,
        EntityType.City or EntityType.Region => 2,
        EntityType.Place => 3,
        EntityType.Organization => 4,
        EntityType.Event or EntityType.Initiative => 5,
        _ => 6,
    };

    /// <summary>The flags of the first of <paramref name="stems"/> (least stripped first) that is a name word, or 0.</summary>
    public int Flags(IReadOnlyList<string> stems)
    {
        foreach (var stem in stems)
        {
            if (_flags.TryGetValue(stem, out var flags))
            {
                return flags;
            }
        }

        return 0;
    }
}

using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Linking;

/// <summary>
/// Cross-document resolution, decided when a document is written (the extraction itself stays pure): a new person or
/// organisation of the document that is a spelling variant of one stored entity becomes that entity. The store is asked
/// only through its search keys (the name's consonant skeleton, <see cref="SearchKeys"/>), so every backend answers
/// alike; the match is stricter than within a document: a person needs a first name and a surname on both sides, since
/// a bare surname or an initial in another article may be another person.
/// </summary>
public static class CrossDocumentLinks
{
    /// <summary>The search keys to find stored candidates for <paramref name="entity"/>; empty when it is never linked across documents.</summary>
    public static IReadOnlyList<string> CandidateKeys(ExtractedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (ArabicName(entity) is not { } arabic)
        {
            return [];
        }

        var names = new List<string>();
        if (entity.Type == nameof(EntityType.Person))
        {
            if (PersonName.Parse(arabic) is not { IsFull: true } person)
            {
                return [];
            }

            names.Add(arabic);
            var words = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 2 && person.Surname is not null)
            {
                names.Add(words[0] + " " + words[^1]); // a stored name without the patronymic
            }
        }
        else if (entity.Type == nameof(EntityType.Organization) && arabic.Contains(' ', StringComparison.Ordinal))
        {
            names.Add(arabic);
        }

        return [.. names.SelectMany(SearchKeys.ForName).Where(k => k.StartsWith('~')).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the new <paramref name="entity"/> and the <paramref name="stored"/> one name the same referent.</summary>
    public static bool SameReferent(ExtractedEntity entity, Entity stored)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(stored);
        if (entity.Type != stored.Type.ToString() || ArabicName(entity) is not { } arabic)
        {
            return false;
        }

        var storedNames = StoredArabicNames(stored);
        if (stored.Type == EntityType.Person)
        {
            var person = PersonName.Parse(arabic);
            return person is not null && storedNames.Select(PersonName.Parse).Any(n => n is not null && PersonName.SameReferent(person, n, fullNamesOnly: true));
        }

        return stored.Type == EntityType.Organization && storedNames.Any(n => OrganizationName.SameName(arabic, n));
    }

    /// <summary>
    /// The result with each entity of <paramref name="into"/> (new id → stored entity) renamed to the stored id, its own
    /// names kept as aliases (the store keeps the stored names), and relationships following the new ids.
    /// </summary>
    public static ExtractionResult Remap(ExtractionResult result, IReadOnlyDictionary<string, Entity> into)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(into);
        if (into.Count == 0)
        {
            return result;
        }

        string IdOf(string id) => into.TryGetValue(id, out var stored) ? stored.Id : id;
        var entities = result.Entities
            .Select(e => into.TryGetValue(e.Id, out var stored) ? Renamed(e, stored) : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with
            {
                Aliases = [.. g.SelectMany(e => e.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Mentions = [.. g.SelectMany(e => e.Mentions).DistinctBy(m => (m.Start, m.End)).OrderBy(m => m.Start)],
            })
            .ToList();
        var relationships = result.Relationships
            .Select(r => r with { Source = IdOf(r.Source), Target = IdOf(r.Target) })
            .Where(r => r.Source != r.Target)
            .ToList();
        return result with { Entities = entities, Relationships = relationships };
    }

    private static ExtractedEntity Renamed(ExtractedEntity entity, Entity stored)
    {
        var aliases = new SortedSet<string>(entity.Aliases, StringComparer.Ordinal);
        foreach (var name in entity.Names.Where(n => n.Key != NameScripts.English).Select(n => n.Value).Append(entity.Name))
        {
            if (!stored.Names.Values.Contains(name) && name != stored.Name)
            {
                aliases.Add(name);
            }
        }

        // The stored entity keeps its own naming: a transliteration mark of this spelling is not the stored one's.
        var properties = new SortedDictionary<string, string>(entity.Properties.Where(p => p.Key != "nameSource" || stored.Properties.ContainsKey(p.Key)).ToDictionary(), StringComparer.Ordinal);
        return entity with { Id = stored.Id, Name = stored.Name, Names = stored.Names, Aliases = [.. aliases], Properties = properties };
    }

    private static string? ArabicName(ExtractedEntity entity) =>
        entity.Names.TryGetValue(NameScripts.KazakhArabic, out var arabic) && arabic.Length > 0 ? arabic : null;

    private static IEnumerable<string> StoredArabicNames(Entity stored) =>
        stored.Names.Where(n => n.Key is NameScripts.KazakhArabic or NameScripts.KazakhCyrillic).Select(n => n.Value)
            .Concat(stored.Aliases)
            .Select(n => ReferenceNamesHasCyrillic(n) ? CyrillicToArabic.Convert(n) : n)
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static bool ReferenceNamesHasCyrillic(string text) => Reference.ReferenceNames.HasCyrillic(text);
}

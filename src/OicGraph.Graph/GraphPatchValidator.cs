using System.Text.RegularExpressions;
using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// The rules every adapter enforces before writing, so both backends refuse the same patches. A patch is
/// self-contained: every mention, evidence and relationship end refers to a document or entity of the same patch,
/// every entity has a mention and every relationship evidence, and every span slices its document's text exactly,
/// so provenance can never point at words that are not there.
/// </summary>
public static partial class GraphPatchValidator
{
    public const int MaxIdLength = 200;

    public static void ThrowIfInvalid(GraphPatch patch)
    {
        var errors = Validate(patch);
        if (errors.Count > 0)
        {
            throw new InvalidGraphPatchException(errors);
        }
    }

    public static IReadOnlyList<string> Validate(GraphPatch patch)
    {
        var errors = new List<string>();
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in patch.Documents)
        {
            CheckId(document.Id, "document", errors);
            if (!documents.TryAdd(document.Id, document))
            {
                errors.Add($"document '{document.Id}' appears twice");
            }
        }

        foreach (var id in patch.CreateOnly.Where(id => !documents.ContainsKey(id)))
        {
            errors.Add($"create-only document '{id}' is not among the patch's documents");
        }

        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in patch.Entities)
        {
            CheckId(entity.Id, "entity", errors);
            if (!entities.Add(entity.Id))
            {
                errors.Add($"entity '{entity.Id}' appears twice");
            }

            CheckPropertyKeys(entity.Properties, $"entity '{entity.Id}'", errors);
            if (string.IsNullOrWhiteSpace(entity.Name))
            {
                errors.Add($"entity '{entity.Id}' has no name");
            }

            if (!patch.Mentions.Any(m => m.EntityId == entity.Id))
            {
                errors.Add($"entity '{entity.Id}' has no mention in the patch; every entity must point back to the words that name it");
            }
        }

        var relationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in patch.Relationships)
        {
            var where = $"relationship '{relationship.Id}'";
            CheckId(relationship.Id, "relationship", errors);
            if (!relationships.Add(relationship.Id))
            {
                errors.Add($"{where} appears twice");
            }

            if (!RelationTypes.IsDefined(relationship.Type))
            {
                errors.Add($"{where} has type {(int)relationship.Type}, which is not in the relation vocabulary");
            }

            if (!entities.Contains(relationship.SourceId) || !entities.Contains(relationship.TargetId))
            {
                errors.Add($"{where} joins '{relationship.SourceId}' and '{relationship.TargetId}', which must both be entities of the patch");
            }

            CheckPropertyKeys(relationship.Properties, where, errors);
            if (relationship.Evidence.Count == 0)
            {
                errors.Add($"{where} has no evidence; every fact must point back to the words it came from");
            }

            foreach (var evidence in relationship.Evidence)
            {
                CheckSpan(documents, evidence.DocumentId, evidence.Start, evidence.End, evidence.Text, $"evidence of {where}", errors);
            }
        }

        foreach (var mention in patch.Mentions)
        {
            if (!entities.Contains(mention.EntityId))
            {
                errors.Add($"a mention refers to entity '{mention.EntityId}', which is not in the patch");
            }

            CheckSpan(documents, mention.DocumentId, mention.Start, mention.End, mention.Text, $"mention of '{mention.EntityId}'", errors);
        }

        return errors;
    }

    private static void CheckId(string id, string what, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || !IdPattern().IsMatch(id))
        {
            errors.Add($"{what} id '{id}' must be 1-{MaxIdLength} characters of letters, digits, '-', '_', '.' or '~'");
        }
    }

    private static void CheckPropertyKeys(IReadOnlyDictionary<string, string> properties, string where, List<string> errors)
    {
        foreach (var key in properties.Keys)
        {
            if (!PropertyKeyPattern().IsMatch(key) || ReservedPropertyNames.Contains(key))
            {
                errors.Add($"{where} has property '{key}', which is reserved or not a camelCase identifier");
            }
        }
    }

    private static void CheckSpan(Dictionary<string, Document> documents, string documentId, int start, int end, string text, string where, List<string> errors)
    {
        if (!documents.TryGetValue(documentId, out var document))
        {
            errors.Add($"{where} refers to document '{documentId}', which is not in the patch");
            return;
        }

        if (start < 0 || end < start || end > document.Text.Length)
        {
            errors.Add($"{where} spans [{start}, {end}), outside document '{documentId}' of length {document.Text.Length}");
            return;
        }

        if (!document.Text.AsSpan(start, end - start).SequenceEqual(text))
        {
            errors.Add($"{where} says '{text}' but document '{documentId}' has '{document.Text[start..end]}' at [{start}, {end})");
        }
    }

    /// <summary>Node and relationship property names the graph model uses itself; entity and fact properties may not take them.</summary>
    public static IReadOnlySet<string> ReservedPropertyNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "name", "name_en", "name_kk_Cyrl", "name_kk_Latn", "name_kk_Arab", "aliases", "searchKeys",
        "evidenceDocument", "evidenceStart", "evidenceEnd", "evidenceSentence", "evidenceText",
    };

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex PropertyKeyPattern();
}

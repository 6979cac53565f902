using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>Turns the drafts into the contract: offsets mapped back to the exact input, entities without a mention dropped.</summary>
internal static class BuildResult
{
    public static ExtractionResult From(ExtractionContext context)
    {
        var entities = new List<ExtractedEntity>();
        foreach (var entity in context.Entities.Values.Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions.Min(m => m.First)))
        {
            var mentions = entity.Mentions
                .OrderBy(m => m.First)
                .Select(m => Mention(context, m))
                .Where(m => m.End > m.Start)
                .DistinctBy(m => (m.Start, m.End))
                .ToList();
            entities.Add(new ExtractedEntity(
                entity.Id,
                entity.Type.ToString(),
                entity.NameEn,
                Names(entity),
                [.. entity.Aliases],
                new SortedDictionary<string, string>(entity.Properties, StringComparer.Ordinal),
                mentions));
        }

        var kept = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = context.Relations
            .Where(r => kept.Contains(r.Source.Id) && kept.Contains(r.Target.Id))
            .Select(r => new ExtractedRelationship(
                r.Type,
                r.Source.Id,
                r.Target.Id,
                new SortedDictionary<string, string>(r.Properties, StringComparer.Ordinal),
                [.. r.Sentences.Select(s => Evidence(context, s))]))
            .ToList();
        var document = new ExtractedDocument(DocumentId(context), context.DocumentDate, "kk", "Arab");
        return new ExtractionResult(document, entities, relationships);
    }

    private static string DocumentId(ExtractionContext context) => DocumentIds.Choose(context.Input.DocumentId, fileName: null, context.Input.Text);

    private static SortedDictionary<string, string> Names(EntityDraft entity)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal) { [NameScripts.English] = entity.NameEn };
        Add(names, NameScripts.KazakhCyrillic, entity.NameCyrillic);
        Add(names, NameScripts.KazakhLatin, entity.NameLatin);
        Add(names, NameScripts.KazakhArabic, entity.NameArabic);
        return names;
    }

    private static void Add(SortedDictionary<string, string> names, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            names[key] = value;
        }
    }

    private static ExtractedMention Mention(ExtractionContext context, MentionDraft mention)
    {
        var words = context.Words;
        var (start, end) = context.Normalized.ToOriginalSpan(words[mention.First].Start, words[mention.Last].End);
        return new ExtractedMention(start, end, context.Input.Text[start..end], words[mention.First].Sentence);
    }

    private static ExtractedEvidence Evidence(ExtractionContext context, int sentence)
    {
        var s = context.Sentences[sentence];
        var (start, end) = context.Normalized.ToOriginalSpan(s.Start, s.End);
        return new ExtractedEvidence(start, end, context.Input.Text[start..end], sentence);
    }
}

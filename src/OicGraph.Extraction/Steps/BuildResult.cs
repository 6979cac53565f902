using System.Runtime.CompilerServices;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Linking;
using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Turns the drafts into the contract: one entity per referent (<see cref="DocumentLinker"/>), new people named part by
/// part, offsets mapped back to the exact input, entities without a mention dropped.
/// </summary>
internal static class BuildResult
{
    // A new person's reading depends only on the name and the resources' lexicons; names recur across documents.
    private static readonly ConditionalWeakTable<ExtractionResources, BoundedCache<(string Cyrillic, bool Known)>> Readings = [];

    public static ExtractionResult From(ExtractionContext context)
    {
        var links = DocumentLinker.Link(context);
        NameNewPeople(context, links);
        // Every draft that kept a mention, root or linked, by first mention.
        var live = DocumentLinker.Live(context, links: null, static _ => true);
        var entities = new List<ExtractedEntity>(live.Count);
        foreach (var entity in live)
        {
            entities.Add(new ExtractedEntity(
                entity.Id,
                entity.Type.ToString(),
                entity.NameEn,
                Names(entity),
                [.. entity.Aliases],
                SortedStringMap.Of(entity.Properties),
                Mentions(context, entity)));
        }

        var document = new ExtractedDocument(DocumentId(context), context.DocumentDate, "kk", "Arab");
        return new ExtractionResult(document, entities, Relationships(context, links, entities));
    }

    /// <summary>
    /// The relations between kept entities, once per type, ends (after linking) and properties, in the order the first
    /// of each was found; the evidence is every sentence any of them was read from, in order.
    /// </summary>
    private static List<ExtractedRelationship> Relationships(ExtractionContext context, EntityLinks links, List<ExtractedEntity> entities)
    {
        var kept = new HashSet<string>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            kept.Add(entity.Id);
        }

        var index = new Dictionary<(RelationType, string, string, string), int>();
        var groups = new List<(RelationType Type, string Source, string Target, RelationDraft First, SortedSet<int> Sentences)>();
        foreach (var relation in context.Relations)
        {
            var (source, target) = (links.Root(relation.Source), links.Root(relation.Target));
            if (ReferenceEquals(source, target) || !kept.Contains(source.Id) || !kept.Contains(target.Id))
            {
                continue;
            }

            var key = (relation.Type, source.Id, target.Id, string.Join('\u001f', relation.Properties.Select(p => p.Key + "=" + p.Value)));
            if (!index.TryGetValue(key, out var at))
            {
                at = groups.Count;
                index[key] = at;
                groups.Add((relation.Type, source.Id, target.Id, relation, []));
            }

            groups[at].Sentences.UnionWith(relation.Sentences);
        }

        var relationships = new List<ExtractedRelationship>(groups.Count);
        foreach (var group in groups)
        {
            var evidence = new List<ExtractedEvidence>(group.Sentences.Count);
            foreach (var sentence in group.Sentences)
            {
                evidence.Add(Evidence(context, sentence));
            }

            relationships.Add(new ExtractedRelationship(
                group.Type,
                group.Source,
                group.Target,
                SortedStringMap.Of(group.First.Properties),
                evidence));
        }

        return relationships;
    }

    /// <summary>
    /// A person the reference data does not know is named from its Arabic spelling part by part
    /// (<see cref="PersonDisplayName"/>), its id following the English name; a name no lexicon vouches for is marked
    /// <c>nameSource: transliterated</c>. Two drafts that now share a name are one person.
    /// </summary>
    private static void NameNewPeople(ExtractionContext context, EntityLinks links)
    {
        var byId = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        foreach (var entity in DocumentLinker.Live(context, links, static _ => true))
        {
            if (entity.Type == EntityType.Person && !context.Resources.Reference.ById.ContainsKey(entity.Id) && !string.IsNullOrEmpty(entity.NameArabic))
            {
                var (cyrillic, known) = Reading(context.Resources, entity.NameArabic);
                if (cyrillic.Length > 0 && cyrillic != entity.NameCyrillic)
                {
                    entity.NameCyrillic = cyrillic;
                    entity.NameLatin = CyrillicToLatin.Convert(cyrillic);
                    entity.NameEn = EnglishRomanizer.Romanize(cyrillic);
                    if (Slug.Of(entity.NameEn) is { Length: > 0 } slug)
                    {
                        entity.Id = slug;
                    }
                }

                if (!known)
                {
                    entity.Properties["nameSource"] = "transliterated";
                }
            }

            if (byId.TryGetValue(entity.Id, out var same))
            {
                links.Merge(entity, same);
            }
            else
            {
                byId[entity.Id] = entity;
            }
        }

        links.MoveMentions();
    }

    private static (string Cyrillic, bool Known) Reading(ExtractionResources resources, string arabicName) =>
        Readings.GetValue(resources, _ => new BoundedCache<(string, bool)>(1 << 16))
            .GetOrAdd(arabicName, name => PersonDisplayName.Read(name, resources.FirstNames, resources.ReverseNames));

    /// <summary>The entity's mentions by first word (ties in draft order), in offsets of the input, empty ones dropped,
    /// each span once: the first of its mentions.</summary>
    private static List<ExtractedMention> Mentions(ExtractionContext context, EntityDraft entity)
    {
        var drafts = entity.Mentions;
        var order = new (int First, int Index)[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            order[i] = (drafts[i].First, i);
        }

        Array.Sort(order);
        var mentions = new List<ExtractedMention>(drafts.Count);

        // Most entities have a few mentions: a scan finds a repeated span without building a set.
        var seen = drafts.Count > 16 ? new HashSet<(int, int)>() : null;
        foreach (var (_, index) in order)
        {
            var mention = Mention(context, drafts[index]);
            if (mention.End > mention.Start && (seen?.Add((mention.Start, mention.End)) ?? !HasSpan(mentions, mention)))
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private static bool HasSpan(List<ExtractedMention> mentions, ExtractedMention mention)
    {
        foreach (var other in mentions)
        {
            if (other.Start == mention.Start && other.End == mention.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string DocumentId(ExtractionContext context) => DocumentIds.Choose(context.Input.DocumentId, fileName: null, context.Input.Text);

    // The English name always, the others when known.
    private static SortedStringMap Names(EntityDraft entity)
    {
        var names = new List<KeyValuePair<string, string>>(4) { new(NameScripts.English, entity.NameEn) };
        Add(names, NameScripts.KazakhCyrillic, entity.NameCyrillic);
        Add(names, NameScripts.KazakhLatin, entity.NameLatin);
        Add(names, NameScripts.KazakhArabic, entity.NameArabic);
        return SortedStringMap.Sorted(names);
    }

    private static void Add(List<KeyValuePair<string, string>> names, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            names.Add(new(key, value));
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

using OicGraph.Cypher;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The embedded graph as README's Neo4j model (<see cref="GraphModelProperties"/>, the maps the Neo4j adapter writes), so
/// a Cypher query means the same on both backends: <c>(:Entity:Country {id, name, ...})</c>, facts with flat properties
/// and parallel evidence lists, and <c>(:Document)-[:MENTIONS {start, end, sentence, text}]->(:Entity)</c>.
/// Built once when the store opens, then kept in step with every committed plan, so no query rebuilds it and one engine
/// (with its parsed-query cache) lives as long as the store. A write never waits on a query: it queues its plan and
/// applies it at once only when no query holds the view; otherwise the next query applies what is queued before it runs.
/// </summary>
internal sealed class CypherView
{
    private readonly PropertyGraph _graph = new();
    private readonly Dictionary<string, long> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Id, string Source, string Target, RelationType Type)> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _mentions = new(StringComparer.Ordinal);
    private readonly Lock _queueLock = new();
    private List<StorePlan> _queue = [];

    private CypherView(GraphState state)
    {
        // Ids in order, so a fresh view numbers its nodes the same way on every start.
        foreach (var entity in state.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            UpsertEntity(entity);
        }

        foreach (var document in state.Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            UpsertDocument(document);
        }

        foreach (var relationship in state.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            UpsertFact(relationship, null);
        }

        foreach (var (documentId, mentions) in state.MentionsByDocument.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            AddMentions(documentId, mentions);
        }

        Engine = new CypherEngine(_graph);
    }

    public CypherEngine Engine { get; }

    public static CypherView Build(GraphState state) => new(state);

    /// <summary>Called by the writer after <paramref name="plan"/> is committed and applied to the state, in commit order.</summary>
    public void Enqueue(StorePlan plan)
    {
        lock (_queueLock)
        {
            _queue.Add(plan);
        }

        _graph.TryUpdate(_ => Drain());
    }

    /// <summary>Before a query: applies every plan committed so far, so a query sees every write that returned before it.</summary>
    public void CatchUp()
    {
        bool pending;
        lock (_queueLock)
        {
            pending = _queue.Count > 0;
        }

        if (pending)
        {
            _graph.Update(_ => Drain());
        }
    }

    // Only under the graph's write lock, so plans are applied one drain at a time and in the order they were queued.
    private void Drain()
    {
        List<StorePlan> plans;
        lock (_queueLock)
        {
            plans = _queue;
            _queue = [];
        }

        foreach (var plan in plans)
        {
            Apply(plan);
        }
    }

    private void Apply(StorePlan plan)
    {
        foreach (var id in plan.RelationshipDeletes)
        {
            if (_facts.Remove(id, out var fact))
            {
                _graph.RemoveRelationship(fact.Id);
            }
        }

        foreach (var documentId in plan.MentionReplacements.Keys)
        {
            RemoveMentions(documentId);
        }

        foreach (var id in plan.DocumentDeletes)
        {
            RemoveMentions(id);
            if (_documents.Remove(id, out var node))
            {
                _graph.RemoveNode(node);
            }
        }

        foreach (var id in plan.EntityDeletes)
        {
            if (_entities.Remove(id, out var node))
            {
                _graph.RemoveNode(node);
            }
        }

        foreach (var document in plan.DocumentUpserts)
        {
            UpsertDocument(document);
        }

        foreach (var entity in plan.EntityUpserts)
        {
            UpsertEntity(entity);
        }

        foreach (var relationship in plan.RelationshipUpserts)
        {
            UpsertFact(relationship, plan.EvidenceDocuments);
        }

        foreach (var (documentId, mentions) in plan.MentionReplacements)
        {
            AddMentions(documentId, mentions);
        }
    }

    private void UpsertEntity(Entity entity)
    {
        string[] labels = ["Entity", entity.Type.ToString()];
        var properties = GraphModelProperties.Of(entity);
        if (_entities.TryGetValue(entity.Id, out var node))
        {
            _graph.ReplaceNode(node, labels, properties);
        }
        else
        {
            _entities[entity.Id] = _graph.AddNode(labels, properties);
        }
    }

    private void UpsertDocument(Document document)
    {
        var properties = GraphModelProperties.Of(document);
        if (_documents.TryGetValue(document.Id, out var node))
        {
            _graph.ReplaceNode(node, ["Document"], properties);
        }
        else
        {
            _documents[document.Id] = _graph.AddNode(["Document"], properties);
        }
    }

    /// <param name="evidenceDocuments">
    /// For a fact already in the view, the only documents whose evidence may have changed (<see cref="StorePlan.EvidenceDocuments"/>);
    /// null to write the whole fact.
    /// </param>
    private void UpsertFact(Relationship relationship, IReadOnlyCollection<string>? evidenceDocuments)
    {
        if (_facts.TryGetValue(relationship.Id, out var fact))
        {
            if (fact.Source == relationship.SourceId && fact.Target == relationship.TargetId && fact.Type == relationship.Type)
            {
                if (evidenceDocuments is null)
                {
                    _graph.ReplaceRelationshipProperties(fact.Id, GraphModelProperties.Of(relationship));
                }
                else
                {
                    SpliceEvidence(fact.Id, relationship, evidenceDocuments);
                }

                return;
            }

            _graph.RemoveRelationship(fact.Id);
        }

        var id = _graph.AddRelationship(_entities[relationship.SourceId], _entities[relationship.TargetId], relationship.Type.Name(), GraphModelProperties.Of(relationship));
        _facts[relationship.Id] = (id, relationship.SourceId, relationship.TargetId, relationship.Type);
    }

    /// <summary>
    /// A known fact stated again: its flat properties are set from the record, and in its parallel evidence lists only the
    /// run of each written document is replaced, so a fact stated by thousands of documents costs the new ones, not all.
    /// </summary>
    private void SpliceEvidence(long factId, Relationship relationship, IReadOnlyCollection<string> evidenceDocuments)
    {
        var flat = GraphModelProperties.Of(relationship with { Evidence = [] });
        foreach (var key in EvidenceKeys)
        {
            flat.Remove(key);
        }

        _graph.ReplaceRelationshipProperties(factId, flat, EvidenceKeys);
        foreach (var documentId in evidenceDocuments)
        {
            var documents = _graph.RelationshipList(factId, EvidenceDocument);
            var (at, count) = EvidenceRanges.Of(documents.Count, i => (string)documents[i]!, documentId);
            var (from, added) = EvidenceRanges.Of(relationship.Evidence, documentId);
            if (count == 0 && added == 0)
            {
                continue;
            }

            var run = relationship.Evidence.Skip(from).Take(added).ToList();
            _graph.SpliceRelationshipLists(factId, at, count, EvidenceLists(run));
        }
    }

    // The evidence lists of GraphModelProperties.Of(Relationship), built by the same rule for a run of evidence.
    private const string EvidenceDocument = "evidenceDocument";

    private static readonly HashSet<string> EvidenceKeys = new(StringComparer.Ordinal)
    {
        EvidenceDocument, "evidenceStart", "evidenceEnd", "evidenceSentence", "evidenceText",
    };

    private static Dictionary<string, IReadOnlyList<object?>> EvidenceLists(List<Evidence> run) =>
        GraphModelProperties.Of(new Relationship("", RelationType.MemberOf, "", "", new Dictionary<string, string>(), run))
            .Where(p => EvidenceKeys.Contains(p.Key))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<object?>)((System.Collections.IEnumerable)p.Value!).Cast<object?>().ToList(), StringComparer.Ordinal);

    private void AddMentions(string documentId, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var document = _documents[documentId];
        var ids = new List<long>(mentions.Count);
        foreach (var mention in mentions)
        {
            ids.Add(_graph.AddRelationship(document, _entities[mention.EntityId], RelationTypes.Mentions, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["start"] = (long)mention.Start,
                ["end"] = (long)mention.End,
                ["sentence"] = (long)mention.Sentence,
                ["text"] = mention.Text,
            }));
        }

        _mentions[documentId] = ids;
    }

    private void RemoveMentions(string documentId)
    {
        if (_mentions.Remove(documentId, out var ids))
        {
            foreach (var id in ids)
            {
                _graph.RemoveRelationship(id);
            }
        }
    }
}

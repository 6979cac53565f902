using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Graph;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher;

/// <summary>
/// An in-memory property graph with a label index and, per label, an index on the <c>id</c> property
/// (OicGraph entities are looked up by their string id). Not thread-safe on its own: <see cref="CypherEngine"/>
/// guards it with <see cref="Lock"/>; callers building it programmatically should do so before sharing it.
/// </summary>
public sealed class PropertyGraph
{
    internal const string IdKey = "id";

    private readonly Dictionary<long, NodeRecord> _nodes = [];
    private readonly Dictionary<long, RelRecord> _rels = [];
    private readonly Dictionary<string, HashSet<NodeRecord>> _labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<object, HashSet<NodeRecord>>> _idIndex = new(StringComparer.Ordinal);
    private long _nextNodeId;
    private long _nextRelId;
    private long _idIndexLookups;

    internal ReaderWriterLockSlim Lock { get; } = new(LockRecursionPolicy.NoRecursion);

    /// <summary>While set, every change records its inverse so a failed write query can be rolled back.</summary>
    internal List<Action>? UndoLog { get; set; }

    public int NodeCount => _nodes.Count;

    /// <summary>How many pattern lookups the id index answered (lets tests prove the index is used, not a scan).</summary>
    public long IdIndexLookups => Interlocked.Read(ref _idIndexLookups);

    public int RelationshipCount => _rels.Count;

    internal IEnumerable<NodeRecord> AllNodes => _nodes.Values;

    internal IEnumerable<RelRecord> AllRelationships => _rels.Values;

    public long AddNode(IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        var node = CreateNode();
        node.Properties.EnsureCapacity(properties.Count);
        foreach (var (key, value) in properties)
        {
            SetProperty(node, key, Values.Normalize(value));
        }

        foreach (var label in labels)
        {
            AddLabel(node, label);
        }

        return node.Id;
    }

    public long AddRelationship(long start, long end, string type, IReadOnlyDictionary<string, object?> properties)
    {
        if (!_nodes.TryGetValue(start, out var from) || !_nodes.TryGetValue(end, out var to))
        {
            throw new ArgumentException("Both endpoints must exist.", nameof(start));
        }

        var rel = CreateRelationship(from, to, type);
        rel.Properties.EnsureCapacity(properties.Count);
        foreach (var (key, value) in properties)
        {
            SetProperty(rel, key, Values.Normalize(value));
        }

        return rel.Id;
    }

    /// <summary>
    /// Runs <paramref name="change"/> under the graph's write lock, so an owner can keep a shared graph in step with its
    /// source while queries run: each query sees the graph before or after a change, never half of one.
    /// </summary>
    public void Update(Action<PropertyGraph> change)
    {
        Lock.EnterWriteLock();
        try
        {
            change(this);
        }
        finally
        {
            Lock.ExitWriteLock();
        }
    }

    /// <summary>As <see cref="Update"/>, but only when no query holds the graph right now; false means nothing ran.</summary>
    public bool TryUpdate(Action<PropertyGraph> change)
    {
        if (!Lock.TryEnterWriteLock(0))
        {
            return false;
        }

        try
        {
            change(this);
            return true;
        }
        finally
        {
            Lock.ExitWriteLock();
        }
    }

    /// <summary>Gives an existing node exactly these labels and properties (the id index follows); call inside <see cref="Update"/> once shared.</summary>
    public void ReplaceNode(long id, IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        var node = _nodes[id];
        ReplaceProperties(node, properties);
        foreach (var label in node.Labels.Where(l => !labels.Contains(l)).ToList())
        {
            RemoveLabel(node, label);
        }

        foreach (var label in labels)
        {
            AddLabel(node, label);
        }
    }

    /// <summary>Gives an existing relationship exactly these properties; call inside <see cref="Update"/> once shared.</summary>
    public void ReplaceRelationshipProperties(long id, IReadOnlyDictionary<string, object?> properties) =>
        ReplaceProperties(_rels[id], properties);

    /// <summary>
    /// Gives an existing relationship these properties while keeping the named ones as they are (lists an owner edits in
    /// place with <see cref="SpliceRelationshipLists"/>); call inside <see cref="Update"/> once shared.
    /// </summary>
    public void ReplaceRelationshipProperties(long id, IReadOnlyDictionary<string, object?> properties, IReadOnlySet<string> keep)
    {
        var rel = _rels[id];
        foreach (var key in rel.Properties.Keys.Where(k => !properties.ContainsKey(k) && !keep.Contains(k)).ToList())
        {
            SetProperty(rel, key, null);
        }

        foreach (var (key, value) in properties)
        {
            SetProperty(rel, key, Values.Normalize(value));
        }
    }

    /// <summary>The relationship's list property <paramref name="key"/> (empty when it has none); read it only under a lock.</summary>
    public IReadOnlyList<object?> RelationshipList(long id, string key) =>
        _rels[id].Properties.GetValueOrDefault(key) as IReadOnlyList<object?> ?? [];

    /// <summary>
    /// In each named list property of a relationship, replaces the <paramref name="count"/> items at
    /// <paramref name="index"/> with the given ones, in place: an owner keeping parallel lists (a fact's evidence) in step
    /// with its source moves only the items after the edit instead of copying every list. Call inside <see cref="Update"/>,
    /// and only on lists the owner set itself: a write query may have shared one list between two properties.
    /// </summary>
    public void SpliceRelationshipLists(long id, int index, int count, IReadOnlyDictionary<string, IReadOnlyList<object?>> items)
    {
        EnsureWritable();
        var rel = _rels[id];
        foreach (var (key, added) in items)
        {
            var normalized = added.Select(Values.Normalize);
            if (UndoLog is null && rel.Properties.GetValueOrDefault(key) is List<object?> list)
            {
                list.RemoveRange(index, count);
                list.InsertRange(index, normalized);
            }
            else
            {
                // Under an undo log the old list must survive for a rollback, so the edit is made on a copy.
                var copy = rel.Properties.GetValueOrDefault(key) is IReadOnlyList<object?> old ? old.ToList() : [];
                copy.RemoveRange(index, count);
                copy.InsertRange(index, normalized);
                SetProperty(rel, key, copy);
            }
        }
    }

    /// <summary>Removes a relationship; false when there was none with this id.</summary>
    public bool RemoveRelationship(long id)
    {
        if (!_rels.TryGetValue(id, out var rel))
        {
            return false;
        }

        DeleteRelationship(rel);
        return true;
    }

    /// <summary>Removes a node with every relationship still attached to it; false when there was none with this id.</summary>
    public bool RemoveNode(long id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return false;
        }

        foreach (var rel in node.Outgoing.Concat(node.Incoming).ToList())
        {
            DeleteRelationship(rel);
        }

        DeleteNode(node);
        return true;
    }

    private void ReplaceProperties(GraphEntity entity, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var key in entity.Properties.Keys.Where(k => !properties.ContainsKey(k)).ToList())
        {
            SetProperty(entity, key, null);
        }

        foreach (var (key, value) in properties)
        {
            SetProperty(entity, key, Values.Normalize(value));
        }
    }

    internal NodeRecord? GetNode(long id) => _nodes.GetValueOrDefault(id);

    internal RelRecord? GetRelationship(long id) => _rels.GetValueOrDefault(id);

    internal NodeRecord CreateNode()
    {
        EnsureWritable();
        var node = new NodeRecord(_nextNodeId++);
        _nodes.Add(node.Id, node);
        UndoLog?.Add(() => _nodes.Remove(node.Id));
        return node;
    }

    internal RelRecord CreateRelationship(NodeRecord start, NodeRecord end, string type)
    {
        EnsureWritable();
        var rel = new RelRecord(_nextRelId++, type, start, end);
        _rels.Add(rel.Id, rel);
        start.Outgoing.Add(rel);
        end.Incoming.Add(rel);
        UndoLog?.Add(() =>
        {
            _rels.Remove(rel.Id);
            start.Outgoing.Remove(rel);
            end.Incoming.Remove(rel);
        });
        return rel;
    }

    internal IEnumerable<NodeRecord> NodesWithLabel(string label) =>
        _labelIndex.TryGetValue(label, out var set) ? set : [];

    internal int LabelCount(string label) => _labelIndex.TryGetValue(label, out var set) ? set.Count : 0;

    /// <summary>Nodes with <paramref name="label"/> whose id equals <paramref name="id"/>; null when the index cannot answer.</summary>
    internal IEnumerable<NodeRecord>? NodesById(string label, object? id)
    {
        if (id is not (string or long))
        {
            return null;
        }

        Interlocked.Increment(ref _idIndexLookups);
        return _idIndex.TryGetValue(label, out var byId) && byId.TryGetValue(id, out var set) ? set : [];
    }

    internal bool AddLabel(NodeRecord node, string label)
    {
        if (node.HasLabel(label))
        {
            return false;
        }

        EnsureWritable();
        node.Labels.Add(label);
        UndoLog?.Add(() => RemoveLabel(node, label));
        Index(_labelIndex, label).Add(node);
        if (node.Properties.TryGetValue(IdKey, out var id) && id is string or long)
        {
            IdSet(label, id!).Add(node);
        }

        return true;
    }

    internal bool RemoveLabel(NodeRecord node, string label)
    {
        EnsureWritable();
        if (!node.Labels.Remove(label))
        {
            return false;
        }

        UndoLog?.Add(() => AddLabel(node, label));
        _labelIndex[label].Remove(node);
        if (node.Properties.TryGetValue(IdKey, out var id) && id is string or long)
        {
            IdSet(label, id!).Remove(node);
        }

        return true;
    }

    /// <summary>Sets (or with null removes) a property, keeping the id index in step.</summary>
    internal void SetProperty(GraphEntity entity, string key, object? value)
    {
        EnsureWritable();
        if (UndoLog is not null)
        {
            var old = entity.Properties.GetValueOrDefault(key);
            UndoLog.Add(() => SetProperty(entity, key, old));
        }

        var isNodeId = entity is NodeRecord && key == IdKey;
        if (isNodeId)
        {
            UnindexId((NodeRecord)entity);
        }

        if (value is null)
        {
            entity.Properties.Remove(key);
        }
        else
        {
            entity.Properties[key] = value;
        }

        if (isNodeId && value is string or long)
        {
            foreach (var label in ((NodeRecord)entity).Labels)
            {
                IdSet(label, value).Add((NodeRecord)entity);
            }
        }
    }

    internal void DeleteRelationship(RelRecord rel)
    {
        EnsureWritable();
        if (!_rels.Remove(rel.Id))
        {
            return;
        }

        rel.Deleted = true;
        rel.Start.Outgoing.Remove(rel);
        rel.End.Incoming.Remove(rel);
        UndoLog?.Add(() =>
        {
            _rels[rel.Id] = rel;
            rel.Deleted = false;
            rel.Start.Outgoing.Add(rel);
            rel.End.Incoming.Add(rel);
        });
    }

    internal void DeleteNode(NodeRecord node)
    {
        EnsureWritable();
        if (!_nodes.Remove(node.Id))
        {
            return;
        }

        node.Deleted = true;
        UnindexId(node);
        foreach (var label in node.Labels)
        {
            _labelIndex[label].Remove(node);
        }

        UndoLog?.Add(() => Restore(node));
    }

    private void Restore(NodeRecord node)
    {
        _nodes[node.Id] = node;
        node.Deleted = false;
        var id = node.Properties.GetValueOrDefault(IdKey);
        foreach (var label in node.Labels)
        {
            Index(_labelIndex, label).Add(node);
            if (id is string or long)
            {
                IdSet(label, id).Add(node);
            }
        }
    }

    /// <summary>
    /// The one gate every mutation passes. A thread holding the read lock is inside a read-only execution, so whatever got
    /// this far (a write clause the checks missed, a procedure that writes) must not change the graph other readers share.
    /// </summary>
    private void EnsureWritable()
    {
        if (Lock.IsReadLockHeld)
        {
            throw new CypherWriteRefusedException("The query tried to change the graph during a read-only execution.");
        }
    }

    /// <summary>Replays the undo log backwards; the graph is as it was when the log was started.</summary>
    internal void RollBack(List<Action> undo)
    {
        UndoLog = null;
        for (var i = undo.Count - 1; i >= 0; i--)
        {
            undo[i]();
        }
    }

    private void UnindexId(NodeRecord node)
    {
        if (node.Properties.TryGetValue(IdKey, out var old) && old is string or long)
        {
            foreach (var label in node.Labels)
            {
                IdSet(label, old!).Remove(node);
            }
        }
    }

    private HashSet<NodeRecord> IdSet(string label, object id)
    {
        if (!_idIndex.TryGetValue(label, out var byId))
        {
            byId = [];
            _idIndex[label] = byId;
        }

        return Index(byId, id);
    }

    private static HashSet<NodeRecord> Index<TKey>(Dictionary<TKey, HashSet<NodeRecord>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = [];
            index[key] = set;
        }

        return set;
    }
}

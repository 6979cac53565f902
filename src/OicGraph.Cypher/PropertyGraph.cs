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
    private readonly Dictionary<string, int> _labelBits = new(StringComparer.Ordinal);
    private long _nextNodeId;
    private long _nextRelId;
    private long _idIndexLookups;

    internal ReaderWriterLockSlim Lock { get; } = new(LockRecursionPolicy.NoRecursion);

    /// <summary>While set, every change records its inverse so a failed write query can be rolled back.</summary>
    internal List<Action>? UndoLog { get; set; }

    /// <summary>Opt-in transaction locks (see <see cref="IGraphLocks"/>); null, the default, takes none.</summary>
    internal IGraphLocks? Locks { get; set; }

    // While an undo log is replayed, changes take no locks and record no inverses.
    private bool _replaying;

    private List<Action>? TransactionUndo => _replaying ? null : Locks?.TransactionUndo;

    public int NodeCount => _nodes.Count;

    /// <summary>How many pattern lookups the id index answered (lets tests prove the index is used, not a scan).</summary>
    public long IdIndexLookups => Interlocked.Read(ref _idIndexLookups);

    public int RelationshipCount => _rels.Count;

    // With a lock hook, a statement waiting for a lock lets other statements write meanwhile (see Acquire), so what a
    // match walks is a copy then; without one, reads never overlap writes and the live collections are walked.
    internal IEnumerable<NodeRecord> AllNodes => Locks is null ? _nodes.Values : [.. _nodes.Values];

    /// <summary>Every node, for a procedure that reads the whole graph (see <see cref="GraphNode"/>).</summary>
    internal IEnumerable<GraphNode> Nodes => _nodes.Values.Select(node => new GraphNode(node, node.Id, node.Labels, node.Properties));

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

    /// <summary>A node's labels and a copy of its properties; false when there is none with this id. Read it under a lock.</summary>
    internal bool TryGetNode(long id, out IReadOnlyList<string> labels, out IReadOnlyDictionary<string, object?> properties)
    {
        var found = _nodes.TryGetValue(id, out var node);
        labels = found ? [.. node!.Labels] : [];
        properties = found ? node!.Properties.ToDictionary(StringComparer.Ordinal) : new Dictionary<string, object?>();
        return found;
    }

    /// <summary>A relationship's ends, type and a copy of its properties; false when there is none with this id. Read it under a lock.</summary>
    internal bool TryGetRelationship(long id, out long start, out long end, out string type, out IReadOnlyDictionary<string, object?> properties)
    {
        var found = _rels.TryGetValue(id, out var rel);
        (start, end, type) = found ? (rel!.Start.Id, rel.End.Id, rel.Type) : (-1, -1, "");
        properties = found ? rel!.Properties.ToDictionary(StringComparer.Ordinal) : new Dictionary<string, object?>();
        return found;
    }

    /// <summary>
    /// Makes node <paramref name="id"/> exist with exactly these labels and properties, creating it under that id if need be,
    /// so an owner can keep a copy of another graph with the same ids (a database fake's committed state).
    /// </summary>
    internal void PutNode(long id, IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        if (!_nodes.ContainsKey(id))
        {
            _nodes.Add(id, new NodeRecord(id));
            _nextNodeId = Math.Max(_nextNodeId, id + 1);
        }

        ReplaceNode(id, labels, properties);
    }

    /// <summary>As <see cref="PutNode"/>, for a relationship between two nodes that exist.</summary>
    internal void PutRelationship(long id, long start, long end, string type, IReadOnlyDictionary<string, object?> properties)
    {
        if (!_rels.TryGetValue(id, out var rel))
        {
            var (from, to) = (_nodes[start], _nodes[end]);
            rel = new RelRecord(id, type, from, to);
            _rels.Add(id, rel);
            from.Outgoing.Add(rel);
            to.Incoming.Add(rel);
            _nextRelId = Math.Max(_nextRelId, id + 1);
        }

        ReplaceProperties(rel, properties);
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
        Record(() => _nodes.Remove(node.Id));
        Guard(node);
        return node;
    }

    internal RelRecord CreateRelationship(NodeRecord start, NodeRecord end, string type)
    {
        EnsureWritable();
        Guard(start);
        Guard(end);
        // The literal's own instance when there is one (see Lexer.Canonical): a query's type then matches by reference.
        var rel = new RelRecord(_nextRelId++, string.IsInterned(type) ?? type, start, end);
        _rels.Add(rel.Id, rel);
        start.Outgoing.Add(rel);
        end.Incoming.Add(rel);
        Record(() =>
        {
            _rels.Remove(rel.Id);
            start.Outgoing.Remove(rel);
            end.Incoming.Remove(rel);
        });
        Guard(rel);
        return rel;
    }

    internal IEnumerable<NodeRecord> NodesWithLabel(string label) =>
        _labelIndex.TryGetValue(label, out var set) ? (Locks is null ? set : [.. set]) : [];

    /// <summary>
    /// The label's bit in <see cref="NodeRecord.LabelBits"/>, 0 for a label without one (never seen, or past the first
    /// 64): such a label is tested by name. A bit, once given, is the label's for the graph's life.
    /// </summary>
    internal ulong LabelBit(string label) => _labelBits.TryGetValue(label, out var bit) ? 1UL << bit : 0;

    private ulong AssignLabelBit(string label)
    {
        if (!_labelBits.ContainsKey(label) && _labelBits.Count < 64)
        {
            _labelBits[label] = _labelBits.Count;
        }

        return LabelBit(label);
    }

    internal int LabelCount(string label) => _labelIndex.TryGetValue(label, out var set) ? set.Count : 0;

    /// <summary>Nodes with <paramref name="label"/> whose id equals <paramref name="id"/>; null when the index cannot answer.</summary>
    internal IEnumerable<NodeRecord>? NodesById(string label, object? id)
    {
        if (id is not (string or long))
        {
            return null;
        }

        Interlocked.Increment(ref _idIndexLookups);
        if (UndoLog is not null && Locks is not null && !_replaying)
        {
            // A write statement's lookup locks the index entry first, as MERGE does on a unique key in Neo4j, so two
            // statements that would both create the key queue instead.
            Acquire(new GraphLock(GraphLockKind.IndexEntry, 0, label, id));
        }

        return _idIndex.TryGetValue(label, out var byId) && byId.TryGetValue(id, out var set) ? (Locks is null ? set : [.. set]) : [];
    }

    internal bool AddLabel(NodeRecord node, string label)
    {
        if (node.HasLabel(label))
        {
            return false;
        }

        EnsureWritable();
        Guard(node);
        label = string.IsInterned(label) ?? label;
        node.Labels.Add(label);
        node.LabelBits |= AssignLabelBit(label);
        Record(() => RemoveLabel(node, label));
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
        if (node.HasLabel(label))
        {
            Guard(node);
        }

        if (!node.Labels.Remove(label))
        {
            return false;
        }

        node.LabelBits &= ~LabelBit(label);
        Record(() => AddLabel(node, label));
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
        Guard(entity);
        if (UndoLog is not null || TransactionUndo is not null)
        {
            var old = entity.Properties.GetValueOrDefault(key);
            Record(() => SetProperty(entity, key, old));
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
        if (!rel.Deleted)
        {
            Guard(rel.Start);
            Guard(rel.End);
            Guard(rel);
        }

        if (!_rels.Remove(rel.Id))
        {
            return;
        }

        rel.Deleted = true;
        rel.Start.Outgoing.Remove(rel);
        rel.End.Incoming.Remove(rel);
        Record(() =>
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
        if (!node.Deleted)
        {
            Guard(node);
        }

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

        Record(() => Restore(node));
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

        // The statement's inverses are the last of its transaction's: undone here, they leave that log too.
        if (TransactionUndo is { } transaction)
        {
            transaction.RemoveRange(Math.Max(0, transaction.Count - undo.Count), Math.Min(undo.Count, transaction.Count));
        }

        Replay(undo);
    }

    /// <summary>Undoes a whole transaction from its <see cref="IGraphLocks.TransactionUndo"/> log, under the write lock.</summary>
    internal void RollBackTransaction(IReadOnlyList<Action> undo) => Update(_ => Replay(undo));

    private void Replay(IReadOnlyList<Action> undo)
    {
        _replaying = true;
        try
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }
        }
        finally
        {
            _replaying = false;
        }
    }

    private void Record(Action undo)
    {
        UndoLog?.Add(undo);
        TransactionUndo?.Add(undo);
    }

    private void Guard(GraphEntity entity)
    {
        if (Locks is null || _replaying)
        {
            return;
        }

        Acquire(entity is NodeRecord ? new GraphLock(GraphLockKind.Node, entity.Id) : new GraphLock(GraphLockKind.Relationship, entity.Id));

        // What the wait was for may have been deleted by the transaction that held it.
        if (entity.Deleted)
        {
            throw new CypherQueryException("Neo.ClientError.Statement.EntityNotFound", $"{(entity is NodeRecord ? "Node" : "Relationship")} with id {entity.Id} has been deleted in another transaction.");
        }
    }

    private void Acquire(GraphLock graphLock)
    {
        var locks = Locks!;
        while (!locks.TryAcquire(graphLock))
        {
            if (!Lock.IsWriteLockHeld)
            {
                throw new InvalidOperationException("A change that waits for a lock must run under the graph's write lock.");
            }

            // Other statements run while this one waits: the write lock is let go and this statement's undo log put aside.
            var undo = UndoLog;
            UndoLog = null;
            Lock.ExitWriteLock();
            try
            {
                locks.Wait(graphLock);
            }
            finally
            {
                Lock.EnterWriteLock();
                UndoLog = undo;
            }
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

using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>One of an entity's relationships as a walk reads it: the relationship, the slot of its other end, and its direction.</summary>
/// <param name="Outgoing">The entity is the relationship's source (a self-loop is outgoing).</param>
internal readonly record struct EntityLink(Relationship Relationship, int OtherSlot, bool Outgoing);

// Entity slots: a small number per entity id, so a neighbourhood walk marks what it has seen in an array and reads each
// relationship's other end by index, with no string hashed or compared per relationship (hashing and comparing ids was
// most of a depth-2 walk's time). A slot is given to an id the first time an entity with it is written and is never
// given to another id, so a link can only point at its own entity's slot (empty once the entity is deleted).
internal sealed partial class GraphState
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    private Entity?[] _entityAtSlot = new Entity?[64];

    // Per slot, the entity's relationships both ways in id order: built by the first read that needs them (reads hold the
    // read lock, so the indexes cannot move meanwhile; racing readers build equal arrays, any may stay) and dropped by
    // any write touching them, so a walk sorts nothing.
    private EntityLink[]?[] _linksAtSlot = new EntityLink[]?[64];

    /// <summary>How many slots have been given out: every slot is below it.</summary>
    public int SlotCount => _slots.Count;

    public int SlotOf(Entity entity) => _slots[entity.Id];

    public Entity EntityAt(int slot) => _entityAtSlot[slot]!;

    /// <summary>The entity's relationships, outgoing and incoming (each once), in id order.</summary>
    public EntityLink[] LinksAt(int slot)
    {
        if (_linksAtSlot[slot] is { } kept)
        {
            return kept;
        }

        var id = _entityAtSlot[slot]!.Id;
        var ids = RelationshipIdsOf(id, Direction.Both).ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var links = new EntityLink[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var relationship = Relationships[ids[i]];
            var outgoing = relationship.SourceId == id;
            links[i] = new EntityLink(relationship, _slots[outgoing ? relationship.TargetId : relationship.SourceId], outgoing);
        }

        return _linksAtSlot[slot] = links;
    }

    /// <summary>The entity's relationships, outgoing and incoming (each once), in id order.</summary>
    public IReadOnlyList<Relationship> AdjacencyOf(string entityId) =>
        _slots.TryGetValue(entityId, out var slot) && _entityAtSlot[slot] is not null
            ? Array.ConvertAll(LinksAt(slot), l => l.Relationship)
            : [];

    private void PlaceEntity(Entity entity)
    {
        if (!_slots.TryGetValue(entity.Id, out var slot))
        {
            slot = _slots.Count;
            _slots[entity.Id] = slot;
            if (slot == _entityAtSlot.Length)
            {
                Array.Resize(ref _entityAtSlot, slot * 2);
                Array.Resize(ref _linksAtSlot, slot * 2);
            }
        }

        _entityAtSlot[slot] = entity;
    }

    private void RemoveEntitySlot(string id)
    {
        if (_slots.TryGetValue(id, out var slot))
        {
            _entityAtSlot[slot] = null;
            _linksAtSlot[slot] = null;
        }
    }

    private void ForgetAdjacency(Relationship relationship)
    {
        ForgetLinks(relationship.SourceId);
        ForgetLinks(relationship.TargetId);
    }

    private void ForgetLinks(string entityId)
    {
        if (_slots.TryGetValue(entityId, out var slot))
        {
            _linksAtSlot[slot] = null;
        }
    }
}

using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

internal static partial class Statements
{
    /// <summary>Relationships a write touches: by id, or because they cite one of the documents being rewritten.</summary>
    public const string RelationshipsForPatch =
        "MATCH (s:Entity)-[r]->(t:Entity) "
        + "WHERE r.id IN $ids OR any(doc IN coalesce(r.evidenceDocument, []) WHERE doc IN $documents) "
        + "RETURN " + RelationshipMap + " AS relationship";

    public const string DeleteMentionsOfDocuments =
        "MATCH (d:Document)-[m:MENTIONS]->(:Entity) WHERE d.id IN $documents DELETE m RETURN count(*) AS removed";

    public const string UpsertDocuments = "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row";

    public const string UpdateRelationships =
        "UNWIND $rows AS row MATCH (:Entity)-[r]->(:Entity) WHERE r.id = row.id SET r = row.properties";

    public const string DeleteRelationships = "MATCH (:Entity)-[r]->(:Entity) WHERE r.id IN $ids DELETE r";

    public const string CreateMentions =
        "UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (e:Entity {id: row.entity}) "
        + "CREATE (d)-[:MENTIONS {start: row.start, end: row.end, sentence: row.sentence, text: row.text}]->(e)";

    /// <summary>
    /// Takes Neo4j's write lock on a document (the documented idiom: set and remove a property). Neo4j reads are read
    /// committed, so a writer locks what it will read-then-write first, and concurrent writers (other API replicas)
    /// queue instead of merging from stale reads.
    /// </summary>
    public const string LockDocument = "MATCH (d:Document {id: $id}) SET d._lock = true REMOVE d._lock RETURN d.id AS id";

    /// <summary>Creates or locks a document by id and returns the content hash it already held (null when it is new).</summary>
    public const string ClaimDocument =
        "MERGE (d:Document {id: $id}) SET d._lock = true REMOVE d._lock RETURN d.contentHash AS contentHash";

    /// <summary>Locks entities in the order of <c>$ids</c> (sorted by the caller, so two writers cannot deadlock on them).</summary>
    public const string LockEntities = "UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e._lock = true REMOVE e._lock";

    public const string MentionsOfDocuments =
        "MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.id IN $documents "
        + "RETURN d.id AS document, e.id AS entity, m.start AS startOffset, m.end AS endOffset, m.text AS text, m.sentence AS sentence";

    /// <summary>How many mentions each entity has in documents other than the ones being rewritten.</summary>
    public const string MentionsElsewhere =
        "MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids AND NOT d.id IN $documents "
        + "RETURN e.id AS id, count(m) AS mentions";

    public const string RelationshipIdsOfEntities =
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids OR t.id IN $ids RETURN r.id AS id";

    public const string DeleteEntities = "MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e";

    public const string DeleteDocuments = "MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d";

    private static readonly Dictionary<EntityType, string> UpsertEntitiesByType = Enum.GetValues<EntityType>().ToDictionary(
        type => type,
        type => "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e = row, e:" + type
            + " REMOVE e:" + string.Join(':', Enum.GetValues<EntityType>().Where(other => other != type)));

    /// <summary>Upserts entities of one type; the label comes from the enum, never from input.</summary>
    public static string UpsertEntities(EntityType type) => UpsertEntitiesByType[type];

    /// <summary>
    /// Creates relationships of one type between existing entities. MERGE rather than CREATE: Community has no uniqueness
    /// constraint on relationship ids, and MERGE locks both ends, so two concurrent writers cannot create the same fact twice.
    /// </summary>
    public static string CreateRelationships(RelationType type) =>
        "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) "
        + "MERGE (s)-[r:" + type.Name() + " {id: row.properties.id}]->(t) SET r = row.properties";
}

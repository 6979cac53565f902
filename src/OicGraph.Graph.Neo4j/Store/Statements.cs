using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// Every Cypher statement the store sends. All values travel as parameters; the only things spliced into text are type
/// labels from <see cref="EntityType"/> and relationship types from the closed <see cref="RelationType"/> set, whose names are all UPPER_SNAKE_CASE. No APOC:
/// openCypher plus Neo4j 5's CALL subqueries, which the embedded Cypher engine runs too, so the fake server executes them.
/// </summary>
internal static partial class Statements
{
    /// <summary>
    /// Unique ids for entities, documents and every fact type (relationship key constraints are per type, and in Community
    /// since 5.7), so each look-up by id is an index seek and MERGE on an id cannot create a duplicate under concurrency.
    /// </summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
        "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
        .. Enum.GetValues<RelationType>().Select(type =>
            $"CREATE CONSTRAINT fact_{type.Name().ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type.Name()}]-() REQUIRE r.id IS UNIQUE"),
        "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
        "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
        "CREATE INDEX document_content_hash IF NOT EXISTS FOR (d:Document) ON (d.contentHash)",
        "CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) "
            + "ON EACH [e.name, e.name_en, e.name_kk_Cyrl, e.name_kk_Latn, e.name_kk_Arab]",
        // Search: each element of the searchKeys list is one term (the keyword analyzer neither splits nor lower-cases),
        // so a Lucene prefix query is exactly the embedded store's "some key starts with some query key" (FullTextQuery).
        "CREATE FULLTEXT INDEX " + FullTextQuery.Index + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    ];

    public const string Ping = "RETURN 1 AS ok";

    /// <summary>The <c>{type, source, target, properties}</c> map <see cref="Mapping.ToRelationship"/> reads.</summary>
    public const string RelationshipMap = "{type: type(r), source: s.id, target: t.id, properties: properties(r)}";

    public const string GetEntity = "MATCH (e:Entity {id: $id}) RETURN properties(e) AS entity";

    public const string GetEntities = "MATCH (e:Entity) WHERE e.id IN $ids RETURN properties(e) AS entity";

    /// <summary>
    /// An entity, how often it is mentioned and a summary of every document naming it (by id), in one statement: anchored
    /// on the entity's id, each document's own mention count read from it. No row for an unknown id.
    /// </summary>
    public const string GetEntityDetails =
        "MATCH (e:Entity {id: $id}) "
        + "CALL (e) { OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e) RETURN count(m) AS mentionCount } "
        + "CALL (e) { MATCH (d:Document)-[:MENTIONS]->(e) WITH DISTINCT d "
        + "OPTIONAL MATCH (d)-[m:MENTIONS]->(:Entity) WITH d, count(m) AS mentions ORDER BY d.id "
        + "RETURN collect(" + DocumentSummaryList + ") AS documents } "
        + "RETURN properties(e) AS entity, mentionCount, documents";

    /// <summary>One page of the documents naming an entity, by id, and how many there are; paged in the database.</summary>
    public const string ListEntityDocuments =
        "MATCH (e:Entity {id: $id}) "
        + "CALL (e) { MATCH (d:Document)-[:MENTIONS]->(e) RETURN count(DISTINCT d) AS total } "
        + "CALL (e) { MATCH (d:Document)-[:MENTIONS]->(e) WITH DISTINCT d ORDER BY d.id SKIP $offset LIMIT $limit "
        + "OPTIONAL MATCH (d)-[m:MENTIONS]->(:Entity) WITH d, count(m) AS mentions ORDER BY d.id "
        + "RETURN collect(" + DocumentSummaryList + ") AS items } "
        + "RETURN total, items";

    /// <summary>One page of an entity's mentions (by document id, then text order) and how many there are; paged in the database.</summary>
    public const string ListEntityMentions =
        "MATCH (e:Entity {id: $id}) "
        + "CALL (e) { MATCH (:Document)-[m:MENTIONS]->(e) RETURN count(m) AS total } "
        + "CALL (e) { MATCH (d:Document)-[m:MENTIONS]->(e) WITH d.id AS document, e, m ORDER BY document, m.start, m.end SKIP $offset LIMIT $limit "
        + "RETURN collect([document, e.id, m.start, m.end, m.text, m.sentence]) AS items } "
        + "RETURN total, items";

    public const string RelationshipsAmong =
        "MATCH (s:Entity) WHERE s.id IN $ids MATCH (s)-[r]->(t:Entity) WHERE t.id IN $ids RETURN " + RelationshipMap + " AS relationship";

    /// <summary>
    /// All counts in one statement, so a reader never sees half of a concurrent write: one count per entity type label, per
    /// fact type, of documents and of mentions, each the shape Neo4j answers from its count store (a lone labelled node or
    /// a lone typed relationship, counted), so the statistics cost the same on any size of graph. Facts only ever join
    /// entities and every entity carries its type's label, so these are the counts of the model.
    /// </summary>
    public static string Stats { get; } =
        string.Concat(Enum.GetValues<EntityType>().Select((type, i) => $"CALL () {{ MATCH (n:{type}) RETURN count(n) AS e{i} }} "))
        + string.Concat(Enum.GetValues<RelationType>().Select((type, i) => $"CALL () {{ MATCH ()-[r:{type.Name()}]->() RETURN count(r) AS r{i} }} "))
        + "CALL () { MATCH (d:Document) RETURN count(d) AS documents } "
        + "CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions } "
        + "RETURN " + string.Join(", ", Enum.GetValues<EntityType>().Select((_, i) => $"e{i}")
            .Concat(Enum.GetValues<RelationType>().Select((_, i) => $"r{i}")).Append("documents").Append("mentions"));

    /// <summary>The cells <see cref="Mapping.ToSummary"/> reads, as one list, for a document <c>d</c> and its mention count <c>mentions</c>.</summary>
    private const string DocumentSummaryList =
        "[d.id, d.kind, d.title, d.sourceUrl, d.date, d.language, d.script, size(d.text), d.contentHash, d.ingestedAt, mentions]";

    /// <summary>
    /// A page of documents by id and how many there are, in one statement (one snapshot): <c>d.id IS NOT NULL</c> lets the
    /// planner scan the id constraint's index in id order, so ORDER BY ... SKIP ... LIMIT reads only the entries up to the
    /// page instead of sorting every document; the total comes from the count store.
    /// </summary>
    public const string ListDocuments =
        "CALL () { MATCH (d:Document) RETURN count(d) AS total } "
        + "CALL () { MATCH (d:Document) WHERE d.id IS NOT NULL WITH d ORDER BY d.id SKIP $offset LIMIT $limit "
        + "OPTIONAL MATCH (d)-[m:MENTIONS]->(:Entity) WITH d, count(m) AS mentions ORDER BY d.id "
        + "RETURN collect(" + DocumentSummaryList + ") AS items } RETURN total, items";

    public const string GetDocument = "MATCH (d:Document {id: $id}) RETURN properties(d) AS document";

    public const string FindDocumentByHash =
        "MATCH (d:Document {contentHash: $hash}) RETURN properties(d) AS document ORDER BY document.id LIMIT 1";
}

using System.Collections.Concurrent;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// Reads whose statement depends on which filters are given: one statement per filter shape, each anchored where an
/// index can serve it (a document or entity id under its uniqueness constraint, the entity type index, a typed
/// relationship pattern), never <c>$x IS NULL OR ...</c>, which the planner cannot use an index for. Pages are ordered,
/// skipped and limited in the database, with the total counted in a subquery of the same statement, so neither the count
/// nor the page copies every match. Shapes are few, so each statement is built once.
/// </summary>
internal static class ShapedReads
{
    private static readonly ConcurrentDictionary<(bool Type, bool Keys, bool Document, bool FullText), string> EntityLists = new();
    private static readonly ConcurrentDictionary<(Direction? Entity, string? Types, bool Document), string> RelationshipLists = new();
    private static readonly ConcurrentDictionary<string, string> FactLists = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<RelationType, string> RelationshipsById = new();
    private static readonly ConcurrentDictionary<int, string> Reaches = new();

    // Every fact type: a traversal walks facts, never the MENTIONS of documents.
    private static readonly string FactTypes = string.Join('|', Enum.GetValues<RelationType>().Select(t => t.Name()).Order(StringComparer.Ordinal));

    private const string KeysMatch = "any(k IN e.searchKeys WHERE any(q IN $keys WHERE k STARTS WITH q))";

    /// <summary>
    /// <paramref name="fullText"/>: keys without a document are looked up in the full-text index (the default), or, for a
    /// database without the index yet, matched by a scan of every entity's keys.
    /// </summary>
    public static string ListEntities(bool type, bool keys, bool document, bool fullText = true) => EntityLists.GetOrAdd((type, keys, document, fullText && keys && !document), static shape =>
    {
        var filters = new List<string>();
        if (shape.Type)
        {
            filters.Add("e.type = $type");
        }

        if (shape.Keys)
        {
            filters.Add(KeysMatch);
        }

        // Keys without a document are looked up in the full-text index over every entity's search keys (one Lucene
        // prefix query, FullTextQuery); with a document, its mentions are the smaller set, so they anchor and the keys filter.
        var fullText = shape.FullText;
        if (fullText)
        {
            filters.Remove(KeysMatch);
        }

        var match = (shape.Document ? "MATCH (:Document {id: $document})-[:MENTIONS]->(e:Entity)"
                : fullText ? $"CALL db.index.fulltext.queryNodes('{FullTextQuery.Index}', $lucene) YIELD node AS e"
                : "MATCH (e:Entity)")
            + (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "")
            + (shape.Document ? " WITH DISTINCT e" : "");
        if (!shape.Type && !shape.Keys && !shape.Document)
        {
            // Every entity: counted from the count store, paged by an ordered scan of the name index that stops at the page
            // (every entity has a name), instead of sorting them all.
            return "CALL () { MATCH (e:Entity) RETURN count(e) AS total } "
                + "CALL () { MATCH (e:Entity) WHERE e.name IS NOT NULL WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $limit "
                + "RETURN collect(properties(e)) AS items } RETURN total, items";
        }

        return Paged(match, "e", "e.name, e.id", "properties(e)");
    });

    /// <summary>
    /// <paramref name="entity"/>: the direction when an entity is given, else null; <paramref name="types"/> as a pattern.
    /// With neither an entity nor a document, see <see cref="ListFactsByType"/>.
    /// </summary>
    public static string ListRelationships(Direction? entity, IReadOnlyList<RelationType>? types, bool document)
    {
        if (entity is null && !document)
        {
            return ListFactsByType(types is { Count: > 0 } ? types : Enum.GetValues<RelationType>());
        }

        var typePattern = ":" + (types is { Count: > 0 } ? string.Join('|', types.Select(t => t.Name()).Distinct().Order(StringComparer.Ordinal)) : FactTypes);
        return RelationshipLists.GetOrAdd((entity, typePattern, document), static shape =>
        {
            var r = $"[r{shape.Types}]";
            var match = shape.Entity switch
            {
                Direction.Outgoing => $"MATCH (s:Entity {{id: $entity}})-{r}->(t:Entity)",
                Direction.Incoming => $"MATCH (s:Entity)-{r}->(t:Entity {{id: $entity}})",
                // Either end: anchored on the entity, undirected, each fact once (a self-loop matches both ways).
                Direction.Both => $"MATCH (:Entity {{id: $entity}})-{r}-(:Entity) WITH DISTINCT r WITH r, startNode(r) AS s, endNode(r) AS t",
                // A document's facts, from the document's id through the entities it mentions; the evidence list (which no
                // index serves) only filters that neighbourhood. A fact joins entities its evidence's document mentions in
                // every single-document patch (each ingest); see the README for the multi-document case.
                _ => $"MATCH (:Document {{id: $document}})-[:MENTIONS]->(a:Entity) WITH DISTINCT a MATCH (a)-{r}-(:Entity) "
                    + "WITH DISTINCT r WITH r, startNode(r) AS s, endNode(r) AS t",
            };
            if (shape.Document)
            {
                match += " WHERE $document IN r.evidenceDocument";
            }

            return Paged(match, "r", "type(r), r.id", Statements.RelationshipMap, carried: "s, r, t");
        });
    }

    /// <summary>
    /// Every fact of <paramref name="types"/> (all of them when no type is asked for), with no entity or document to start
    /// from. Neo4j keeps a range index on each fact type's id (the <c>fact_&lt;type&gt;_id</c> constraint) and a count per
    /// relationship type, and neither serves a pattern of several types, so the statement takes one branch per type: the
    /// total is a sum of count-store counts, and the page is at most <c>$reach</c> (offset + limit) facts of each type read
    /// in id order from its index (the scan stops there), united, then put in type-then-id order and paged: every fact of
    /// the page is among the first offset + limit of its own type, so the page is the whole ordered list's. One statement per
    /// set of types.
    /// </summary>
    private static string ListFactsByType(IReadOnlyList<RelationType> types) =>
        FactLists.GetOrAdd(string.Join('|', types.Select(t => t.Name()).Distinct().Order(StringComparer.Ordinal)), static key =>
        {
            var names = key.Split('|');
            var counts = string.Join(" UNION ALL ", names.Select(name => $"MATCH ()-[r:{name}]->() RETURN count(r) AS n"));
            var pages = string.Join(" UNION ALL ", names.Select(name =>
                $"MATCH (s)-[r:{name}]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id LIMIT $reach RETURN {Statements.RelationshipMap} AS item"));
            return $"CALL () {{ CALL () {{ {counts} }} RETURN sum(n) AS total }} "
                + $"CALL () {{ CALL () {{ {pages} }} WITH item ORDER BY item.type, item.properties.id SKIP $offset LIMIT $limit RETURN collect(item) AS items }} "
                + "RETURN total, items";
        });

    /// <summary>A fact by id, anchored on its type's id constraint (ids name their type: <c>source--type--target</c>).</summary>
    public static string GetRelationship(RelationType type) => RelationshipsById.GetOrAdd(type, static t =>
        $"MATCH (s:Entity)-[r:{t.Name()} {{id: $id}}]->(t:Entity) RETURN {Statements.RelationshipMap} AS relationship");

    /// <summary>The fact types an id can be of: each whose slug stands between two <c>--</c> in it, most specific first.</summary>
    public static IReadOnlyList<RelationType> TypesNamedIn(string id) =>
        [.. Enum.GetValues<RelationType>()
            .Select(type => (Type: type, Slug: "--" + type.Name().ToLowerInvariant().Replace('_', '-') + "--"))
            .Where(candidate => id.Contains(candidate.Slug, StringComparison.Ordinal))
            .OrderByDescending(candidate => candidate.Slug.Length)
            .Select(candidate => candidate.Type)];

    /// <summary>
    /// Everything a traversal of <paramref name="depth"/> hops from <c>$ids</c> can look at, in one statement: the seeds
    /// (rows without a relationship), then every fact touching an entity within <paramref name="depth"/> hops, with both
    /// ends. Neo4j plans the distinct reach as a pruning variable-length expand, breadth-first; the traversal's order and
    /// limits are then applied in C# by <c>GraphTraversal</c>, exactly as on the embedded store.
    /// </summary>
    public static string Reach(int depth) => Reaches.GetOrAdd(depth, static d =>
        "MATCH (seed:Entity) WHERE seed.id IN $ids RETURN null AS relationship, properties(seed) AS source, null AS target "
        + "UNION ALL "
        + $"MATCH (seed:Entity) WHERE seed.id IN $ids MATCH (seed)-[:{FactTypes}*0..{d}]-(a:Entity) WITH DISTINCT a "
        + $"MATCH (a)-[r:{FactTypes}]-(:Entity) WITH DISTINCT r WITH r, startNode(r) AS s, endNode(r) AS t "
        + $"RETURN {Statements.RelationshipMap} AS relationship, properties(s) AS source, properties(t) AS target");

    private static readonly ConcurrentDictionary<int, string> Paths = new();

    /// <summary>The ends of a path that exist, as rows of <see cref="Reach"/>'s shape.</summary>
    public const string PathEnds = "MATCH (e:Entity) WHERE e.id IN $ids RETURN null AS relationship, properties(e) AS source, null AS target";

    /// <summary>
    /// The ends (<c>$ids</c>) and every fact on some undirected shortest path of at most <paramref name="maxDepth"/> hops
    /// from <c>$from</c> to <c>$to</c>, each once, with both ends, in the rows <see cref="Reach"/> gives. Anchored on the
    /// two ids; Neo4j plans allShortestPaths as a bidirectional breadth-first search between them.
    /// </summary>
    public static string ShortestPaths(int maxDepth) => Paths.GetOrAdd(maxDepth, static d =>
        PathEnds + " UNION ALL "
        + $"MATCH (a:Entity {{id: $from}}) MATCH (b:Entity {{id: $to}}) MATCH p = allShortestPaths((a)-[:{FactTypes}*..{d}]-(b)) "
        + "UNWIND relationships(p) AS r WITH DISTINCT r WITH r, startNode(r) AS s, endNode(r) AS t "
        + $"RETURN {Statements.RelationshipMap} AS relationship, properties(s) AS source, properties(t) AS target");

    public static string GetMentions(bool entity, bool document) =>
        "MATCH (d:Document" + (document ? " {id: $document}" : "") + ")-[m:MENTIONS]->(e:Entity" + (entity ? " {id: $entity}" : "") + ") "
        + "RETURN d.id AS document, e.id AS entity, m.start AS startOffset, m.end AS endOffset, m.text AS text, m.sentence AS sentence "
        + "ORDER BY document, startOffset, endOffset, entity";

    public static string EntitiesOfTypes(bool types) =>
        "MATCH (e:Entity)" + (types ? " WHERE e.type IN $types" : "") + " RETURN properties(e) AS entity ORDER BY entity.id LIMIT $limit";

    // The count and the page are two subqueries of one statement, so they read the same snapshot.
    private static string Paged(string match, string variable, string orderBy, string item, string? carried = null) =>
        $"CALL () {{ {match} RETURN count({variable}) AS total }} "
        + $"CALL () {{ {match} WITH {carried ?? variable} ORDER BY {orderBy} SKIP $offset LIMIT $limit RETURN collect({item}) AS items }} "
        + "RETURN total, items";
}

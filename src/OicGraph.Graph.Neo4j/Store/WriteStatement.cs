using System.Text;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// The one statement every write is: a whole patch (or a document deletion) in a single auto-commit request to
/// <c>/db/{db}/query/v2</c>, so it is atomic on a cluster member without any explicit transaction to route, and merges
/// what is stored inside the statement, after taking each write lock, never from an earlier read. It follows the rules of
/// <see cref="GraphMerge"/> and <see cref="Planning.WritePlanner"/>: the documents' old mentions and evidence go, the patch's
/// come in, entities keep what they have and gain what is new (names and properties only where missing, aliases and search
/// keys united), facts unite their evidence, and whatever is left with no source goes.
/// <para>
/// Locks: documents first (their upsert), then entities in id order (the caller sorts), then facts, each before it is
/// read. A create-only id that is taken makes every later block run over nothing and deletes the bare nodes its own
/// MERGE made, so the statement writes nothing and returns the stored hash.
/// </para>
/// <para>
/// Every block is a CALL subquery that aggregates, so the statement keeps exactly one row from start to end; every MATCH
/// starts from a unique id (the entity, document and per-type relationship constraints). Labels and relationship types
/// are written from the closed enums, never from input.
/// </para>
/// </summary>
internal static class WriteStatement
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = new StringBuilder();

        // Create-only ids: MERGE waits for a concurrent creator of the same id (the unique constraint), then reads its hash.
        text.Append("CALL () { UNWIND $claim AS claimId MERGE (c:Document {id: claimId}) RETURN collect(c) AS claimed } ");
        text.Append("WITH [c IN claimed WHERE c.contentHash IS NOT NULL | {id: c.id, contentHash: c.contentHash}] AS conflicts, ");
        text.Append("[c IN claimed WHERE c.contentHash IS NULL] AS fresh ");
        text.Append("CALL (conflicts, fresh) { UNWIND CASE WHEN size(conflicts) > 0 THEN fresh ELSE [] END AS c DELETE c } ");

        // A document to delete must exist; it is locked before its mentions are read.
        text.Append("CALL () { UNWIND $deleteDocuments AS deleteId MATCH (d:Document {id: deleteId}) SET d._lock = true REMOVE d._lock ");
        text.Append("RETURN count(d) AS found } ");
        text.Append("WITH conflicts, size(conflicts) = 0 AND found = size($deleteDocuments) AS ok, found ");

        // Documents (this also takes their write locks, so a concurrent rewrite of one waits here).
        text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN $documents ELSE [] END AS row MERGE (d:Document {id: row.id}) SET d = row } ");

        // The documents' previous mentions: returned (for the counts and the orphans), then removed.
        text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN $documentIds ELSE [] END AS documentId ");
        text.Append("MATCH (d:Document {id: documentId})-[m:MENTIONS]->(e:Entity) ");
        text.Append("WITH m, {document: d.id, entity: e.id, start: m.start, end: m.end, sentence: m.sentence, text: m.text} AS old ");
        text.Append("DELETE m RETURN collect(old) AS oldMentions } ");

        // Entities: lock, read, merge. What is stored is restored over the incoming map, so existing values win.
        text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN $entities ELSE [] END AS row ");
        text.Append("MERGE (e:Entity {id: row.id}) SET e._lock = true REMOVE e._lock ");
        text.Append("WITH e, row, properties(e) AS before WITH e, row, before, before.type IS NULL AS created ");
        text.Append("SET e += CASE WHEN created THEN row.create ELSE row.merge END SET e += before ");
        text.Append("SET e.aliases = CASE WHEN created THEN row.create.aliases ELSE before.aliases + [a IN row.aliases WHERE NOT a IN before.aliases] END, ");
        text.Append("e.searchKeys = CASE WHEN created THEN row.create.searchKeys ELSE before.searchKeys + [k IN row.searchKeys WHERE NOT k IN before.searchKeys] END, ");
        text.Append("e.year = CASE WHEN created OR before.value IS NOT NULL THEN e.year ELSE row.year END ");
        text.Append("RETURN collect({id: row.id, type: row.type, created: created, changed: NOT created AND properties(e) <> before}) AS entityOutcomes } ");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            text.Append("CALL (entityOutcomes) { UNWIND [o IN entityOutcomes WHERE o.created AND o.type = '").Append(type)
                .Append("'] AS o MATCH (e:Entity {id: o.id}) SET e:").Append(type).Append(" } ");
        }

        // The documents' new mentions.
        text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN $mentions ELSE [] END AS row ");
        text.Append("MATCH (d:Document {id: row.document}) MATCH (e:Entity {id: row.entity}) ");
        text.Append("CREATE (d)-[:MENTIONS {start: row.start, end: row.end, sentence: row.sentence, text: row.text}]->(e) } ");

        // Entities the documents named before and nothing names now go, with their facts.
        text.Append("CALL (ok, oldMentions) { UNWIND CASE WHEN ok THEN oldMentions ELSE [] END AS old WITH DISTINCT old.entity AS orphanId ");
        text.Append("MATCH (e:Entity {id: orphanId}) WHERE NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(e) } ");
        text.Append("OPTIONAL MATCH (e)-[r]-(:Entity) WITH e, orphanId, collect(r.id) AS facts DETACH DELETE e ");
        text.Append("RETURN collect(orphanId) AS entitiesDeleted, collect(facts) AS factsOfDeleted } ");

        // Facts the documents were evidence of that the patch does not restate lose that evidence (and go if none is left).
        text.Append("CALL (ok, oldMentions) { UNWIND CASE WHEN ok THEN [m IN oldMentions | m.entity] + $entityIds ELSE [] END AS anchor ");
        text.Append("WITH DISTINCT anchor MATCH (:Entity {id: anchor})-[r]-(:Entity) ");
        text.Append("WHERE any(document IN r.evidenceDocument WHERE document IN $documentIds) AND NOT r.id IN $relationshipIds ");
        text.Append("WITH DISTINCT r SET r._lock = true REMOVE r._lock ");
        text.Append("WITH r, [i IN range(0, size(r.evidenceDocument) - 1) WHERE NOT r.evidenceDocument[i] IN $documentIds] AS keep ");
        text.Append("WITH r, r.id AS factId, size(keep) = 0 AS gone, [i IN keep | r.evidenceDocument[i]] AS keptDocuments, ");
        text.Append("[i IN keep | r.evidenceStart[i]] AS keptStartOffsets, [i IN keep | r.evidenceEnd[i]] AS keptEndOffsets, ");
        text.Append("[i IN keep | r.evidenceSentence[i]] AS keptSentences, [i IN keep | r.evidenceText[i]] AS keptTexts ");
        text.Append("SET r.evidenceDocument = keptDocuments, r.evidenceStart = keptStartOffsets, r.evidenceEnd = keptEndOffsets, ");
        text.Append("r.evidenceSentence = keptSentences, r.evidenceText = keptTexts ");
        text.Append("WITH collect(CASE WHEN gone THEN r END) AS doomed, collect(CASE WHEN gone THEN factId END) AS citedDeleted, ");
        text.Append("collect(CASE WHEN NOT gone THEN factId END) AS citedUpdated ");
        text.Append("CALL (doomed) { UNWIND doomed AS r DELETE r } RETURN citedDeleted, citedUpdated } ");

        // The patch's facts: MERGE on (type, id), which the per-type constraint makes unique, then lock before reading.
        var types = Enum.GetValues<RelationType>();
        for (var i = 0; i < types.Length; i++)
        {
            var name = types[i].Name();
            text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN [x IN $relationships WHERE x.type = '").Append(name).Append("'] ELSE [] END AS row ");
            text.Append("MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) ");
            text.Append("MERGE (s)-[r:").Append(name).Append(" {id: row.id}]->(t) SET r._lock = true REMOVE r._lock ");
            text.Append("RETURN collect({row: row, r: r, before: properties(r)}) AS merged").Append(i).Append(" } ");
        }

        text.Append("WITH ok, conflicts, found, oldMentions, entityOutcomes, entitiesDeleted, factsOfDeleted, citedDeleted, citedUpdated, ");
        text.Append(string.Join(" + ", Enumerable.Range(0, types.Length).Select(i => "merged" + i))).Append(" AS merged ");
        text.Append("CALL (merged) { UNWIND merged AS m ");
        text.Append("WITH m.r AS r, m.row AS row, m.before AS before, m.before.evidenceDocument IS NULL AS created ");
        text.Append("WITH r, row, before, created, CASE WHEN created THEN [] ELSE ");
        text.Append("[i IN range(0, size(before.evidenceDocument) - 1) WHERE NOT before.evidenceDocument[i] IN $documentIds | ");
        text.Append("{document: before.evidenceDocument[i], start: before.evidenceStart[i], end: before.evidenceEnd[i], ");
        text.Append("sentence: before.evidenceSentence[i], text: before.evidenceText[i]}] END AS kept ");
        text.Append("CALL (kept, row) { UNWIND kept + [ev IN row.evidence WHERE NOT ev IN kept] AS ev ");
        text.Append("WITH ev ORDER BY ev.document, ev.start, ev.end RETURN collect(ev) AS evidence } ");
        text.Append("SET r += CASE WHEN created THEN row.create ELSE row.merge END SET r += before ");
        text.Append("SET r.evidenceDocument = [ev IN evidence | ev.document], r.evidenceStart = [ev IN evidence | ev.start], ");
        text.Append("r.evidenceEnd = [ev IN evidence | ev.end], r.evidenceSentence = [ev IN evidence | ev.sentence], ");
        text.Append("r.evidenceText = [ev IN evidence | ev.text], ");
        text.Append("r.sinceYear = CASE WHEN created OR before.since IS NOT NULL THEN r.sinceYear ELSE row.sinceYear END, ");
        text.Append("r.untilYear = CASE WHEN created OR before.until IS NOT NULL THEN r.untilYear ELSE row.untilYear END ");
        text.Append("RETURN collect({id: row.id, created: created, changed: NOT created AND properties(r) <> before}) AS relationshipOutcomes } ");

        // Deleted documents go last, once their mentions and evidence are gone.
        text.Append("CALL (ok) { UNWIND CASE WHEN ok THEN $deleteDocuments ELSE [] END AS deleteId MATCH (d:Document {id: deleteId}) DETACH DELETE d } ");
        text.Append("RETURN conflicts, found, oldMentions, entityOutcomes, entitiesDeleted, factsOfDeleted, citedDeleted, citedUpdated, relationshipOutcomes");
        return text.ToString();
    }
}

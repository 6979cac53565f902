// How are two people connected? All shortest chains of facts (either direction, at most 6 hops) between two people,
// never through documents. Change the two ids in the first line (GET /api/entities?type=Person lists them).
WITH 'askar-mussinov' AS fromId, 'kassym-jomart-tokayev' AS toId
MATCH (a:Person {id: fromId}), (b:Person {id: toId})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Document)
// Two sources of one link (the interview's and the reference's MEMBER_OF) are two facts, so two paths: factIds tells them apart.
RETURN [n IN nodes(p) | n.name] AS chain,
       [r IN relationships(p) | type(r)] AS facts,
       [r IN relationships(p) | r.id] AS factIds,
       length(p) AS hops
ORDER BY hops, chain, factIds;

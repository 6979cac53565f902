// What do the sources say about one entity? Every fact touching it, in either direction, with each piece of evidence:
// the document and the words. Change the id in the first line.
WITH 'oic' AS entityId
MATCH (e:Entity {id: entityId})-[fact]-(other:Entity)
UNWIND range(0, size(fact.evidenceDocument) - 1) AS i
RETURN type(fact) AS fact,
       startNode(fact).name AS subject,
       endNode(fact).name AS object,
       fact.evidenceDocument[i] AS document,
       fact.evidenceText[i] AS words
ORDER BY fact, subject, object, document;

// Where is an entity named, in which words? Every mention of one entity: the document, the sentence number, the exact
// source words (offsets are .NET string indices into the document text) and some text around them.
// Change the id in the first line.
WITH 'kazakhstan' AS entityId
MATCH (document:Document)-[mention:MENTIONS]->(:Entity {id: entityId})
RETURN document.title AS document,
       mention.sentence AS sentence,
       mention.start AS start,
       mention.end AS end,
       mention.text AS words,
       substring(document.text, CASE WHEN mention.start < 60 THEN 0 ELSE mention.start - 60 END, mention.end - mention.start + 120) AS context
ORDER BY document, start;

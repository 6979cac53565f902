// Who proposed what? Every PROPOSED fact: the proposer (a person, a state or an organisation), the initiative or
// event proposed, the year when the source gives one, and the words of the source.
MATCH (proposer:Entity)-[proposal:PROPOSED]->(proposed:Entity)
RETURN proposer.name AS proposer,
       proposer.type AS proposerType,
       proposed.name AS proposed,
       proposed.type AS proposedType,
       proposal.year AS year,
       proposal.evidenceDocument[0] AS document,
       proposal.evidenceText[0] AS words
ORDER BY year, proposer, proposed;

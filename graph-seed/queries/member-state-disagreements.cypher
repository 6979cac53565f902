// Where do the sources disagree on when a state joined the OIC? States with more than one accession year, each year
// with the kinds of document that claim it (article: the interview; reference: graph-seed/reference/).
MATCH (country:Country)-[membership:MEMBER_OF]->(:Organization {id: 'oic'})
UNWIND membership.evidenceDocument AS documentId
MATCH (source:Document {id: documentId})
WITH country, membership.since AS joined, collect(DISTINCT source.kind) AS claimedBy
WITH country, collect({joined: joined, claimedBy: claimedBy}) AS claims
WHERE size(claims) > 1
RETURN country.name AS country, claims
ORDER BY country;

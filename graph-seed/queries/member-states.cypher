// Which states are OIC members, and when did each join? One row per claim and source: the interview and the
// reference data can disagree (Kazakhstan joined in 1992 says the interview, 1995 says the reference), and both
// claims are kept, each with the document and the exact words it was read from.
MATCH (country:Country)-[membership:MEMBER_OF]->(:Organization {id: 'oic'})
UNWIND range(0, size(membership.evidenceDocument) - 1) AS i
MATCH (source:Document {id: membership.evidenceDocument[i]})
RETURN country.name AS country,
       membership.since AS joined,
       source.kind AS sourceKind,
       source.title AS source,
       membership.evidenceText[i] AS words
ORDER BY country, joined, sourceKind;

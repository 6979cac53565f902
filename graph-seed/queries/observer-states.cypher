// Which states are OIC observers, and since when?
MATCH (state:Entity)-[observer:OBSERVER_OF]->(:Organization {id: 'oic'})
RETURN state.name AS state, state.type AS type, observer.since AS since, observer.evidenceDocument AS sources
ORDER BY state;

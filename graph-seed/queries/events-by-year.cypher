// Which summits, sessions and meetings happened when, and where? Events by year, with their date (an OCCURRED_ON
// Date entity, whose value is an ISO date such as 2023-11 or 1992) and the places they were held in.
MATCH (event:Event)
OPTIONAL MATCH (event)-[:OCCURRED_ON]->(date:Date)
OPTIONAL MATCH (event)-[:HELD_IN]->(place:Entity)
WITH event, min(date.value) AS happened, collect(DISTINCT place.name) AS places
RETURN substring(happened, 0, 4) AS year, happened AS date, event.name AS event, places
ORDER BY year, date, event;

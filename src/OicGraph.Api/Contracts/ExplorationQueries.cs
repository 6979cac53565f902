using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OicGraph.Api.Contracts;

/// <summary>Ends and bounds of <c>GET /api/paths</c>.</summary>
public sealed record PathQuery(
    [FromQuery(Name = "from")][Description("Id of the entity the paths start from.")] string? From,
    [FromQuery(Name = "to")][Description("Id of the entity the paths end at.")] string? To,
    [FromQuery(Name = "maxDepth")][Description("Most hops a path may have, 1-6 (default 4).")] int? MaxDepth,
    [FromQuery(Name = "limit")][Description("Most paths to return, 1-100 (default 20).")] int? Limit);

/// <summary>What <c>GET /api/graph</c> exports and in which format.</summary>
public sealed record GraphExportQuery(
    [FromQuery(Name = "ids")][Description("Entities to start from (repeat or comma-separate); the whole graph when absent.")] string[]? Ids,
    [FromQuery(Name = "types")][Description("Entity types to keep (repeat or comma-separate), e.g. Country,City.")] string[]? Types,
    [FromQuery(Name = "relationshipTypes")][Description("Relation types to keep (repeat or comma-separate), e.g. MEMBER_OF.")] string[]? RelationshipTypes,
    [FromQuery(Name = "depth")][Description("Hops from the starting entities, 0-3 (default 1 with ids, ignored without).")] int? Depth,
    [FromQuery(Name = "limit")][Description("Most entities, 1-10000 (default 2000).")] int? Limit,
    [FromQuery(Name = "format")][Description("json (default), cytoscape, graphml, csv (a zip of nodes.csv and edges.csv), csv-nodes or csv-edges.")] string? Format);

/// <summary>Bounds of <c>GET /api/timeline</c>.</summary>
public sealed record TimelineQuery(
    [FromQuery(Name = "from")][Description("Earliest date to include (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD).")] string? From,
    [FromQuery(Name = "to")][Description("Latest date to include (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD).")] string? To,
    [FromQuery(Name = "entity")][Description("Only items involving this entity id.")] string? Entity);

/// <summary>The text of <c>GET /api/search</c>.</summary>
public sealed record SearchQuery(
    [FromQuery(Name = "q")][Description("A name in Arabic script, Cyrillic, Kazakh Latin or English, inflected or not: قازاقستاننىڭ, Қазақстанның, Kazakhstan, qazaqstan.")] string? Q,
    [FromQuery(Name = "type")][Description("Only entities of this type.")] string? Type,
    [FromQuery(Name = "offset")][Description("Items to skip (default 0).")] int? Offset,
    [FromQuery(Name = "limit")][Description("Items per page, 1-500 (default 50).")] int? Limit) : IPaged;

using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace OicGraph.Api.Contracts;

/// <summary>Filters and paging for <c>GET /api/entities</c>.</summary>
public sealed record EntityListQuery(
    [FromQuery(Name = "type")][Description("Entity type: Country, Region, City, Place, Organization, Person, Event, Initiative, Language, Group or Date.")] string? Type,
    [FromQuery(Name = "q")][Description("Text to look for in any name, in Arabic script, Cyrillic, Kazakh Latin or English; inflected forms included.")] string? Q,
    [FromQuery(Name = "document")][Description("Only entities this document names.")] string? Document,
    [FromQuery(Name = "offset")][Description("Items to skip (default 0).")] int? Offset,
    [FromQuery(Name = "limit")][Description("Items per page, 1-500 (default 50).")] int? Limit) : IPaged;

/// <summary>Filters and paging for <c>GET /api/entities/{id}/relationships</c>.</summary>
public sealed record EntityRelationshipsQuery(
    [FromQuery(Name = "direction")][Description("both (default), outgoing or incoming.")] string? Direction,
    [FromQuery(Name = "type")][Description("Relation types to keep, e.g. MEMBER_OF; repeat or comma-separate for several.")] string[]? Type,
    [FromQuery(Name = "offset")][Description("Items to skip (default 0).")] int? Offset,
    [FromQuery(Name = "limit")][Description("Items per page, 1-500 (default 50).")] int? Limit) : IPaged;

/// <summary>Filters and paging for <c>GET /api/relationships</c>.</summary>
public sealed record RelationshipListQuery(
    [FromQuery(Name = "type")][Description("Relation types to keep, e.g. MEMBER_OF; repeat or comma-separate for several.")] string[]? Type,
    [FromQuery(Name = "document")][Description("Only facts this document states.")] string? Document,
    [FromQuery(Name = "offset")][Description("Items to skip (default 0).")] int? Offset,
    [FromQuery(Name = "limit")][Description("Items per page, 1-500 (default 50).")] int? Limit) : IPaged;

/// <summary>Depth and size of <c>GET /api/entities/{id}/neighbors</c>.</summary>
public sealed record NeighborsQuery(
    [FromQuery(Name = "depth")][Description("Hops from the entity, 1-3 (default 1).")] int? Depth,
    [FromQuery(Name = "limit")][Description("Most entities to return, 1-2000 (default 500).")] int? Limit);

/// <summary>Paging for plain lists.</summary>
public sealed record PageQuery(
    [FromQuery(Name = "offset")][Description("Items to skip (default 0).")] int? Offset,
    [FromQuery(Name = "limit")][Description("Items per page, 1-500 (default 50).")] int? Limit) : IPaged;

/// <summary>A query with offset and limit.</summary>
public interface IPaged
{
    int? Offset { get; }

    int? Limit { get; }
}

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static int OffsetOf(this IPaged query) => query.Offset ?? 0;

    public static int LimitOf(this IPaged query) => query.Limit ?? DefaultLimit;
}

using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class TimelineEndpoints
{
    /// <summary>Relationship properties that date the fact they sit on.</summary>
    private static readonly string[] DateProperties = ["date", "year", "since", "until"];

    public static RouteHandlerBuilder MapTimeline(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/timeline", GetTimeline)
            .Validate<TimelineQuery>()
            .WithTags(OpenApiTags.Exploration)
            .WithName("GetTimeline")
            .WithSummary("Events and dated facts in date order")
            .WithDescription("Events with the date they occurred on, and facts dated by a since, year or date property, in date order: a partial date (1992, 2017-05) comes before the fuller dates it contains, an interval (2014/2016) sorts by its start. Filter by a date range and by an entity; each item carries its evidence.");

    private static async Task<Ok<IReadOnlyList<TimelineItemResponse>>> GetTimeline([AsParameters] TimelineQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        var relationships = await store.AllRelationshipsAsync(new RelationshipQuery(EntityId: query.Entity), cancellationToken);
        var dated = relationships.Where(r => r.Type == RelationType.OccurredOn || DateProperties.Any(r.Properties.ContainsKey)).ToList();
        var entities = await store.EntitiesAsync(dated.SelectMany(r => new[] { r.SourceId, r.TargetId }), cancellationToken);
        var items = new List<TimelineItemResponse>();
        foreach (var r in dated)
        {
            if (!entities.TryGetValue(r.SourceId, out var source) || !entities.TryGetValue(r.TargetId, out var target))
            {
                continue;
            }

            if (r.Type == RelationType.OccurredOn && target.Properties.TryGetValue("value", out var when))
            {
                items.Add(new TimelineItemResponse(when, GraphPropertyTypes.YearOfDate(when), "event", source.Name, [source.Id], RelationshipResponse.From(r)));
            }
            else if (DateProperties.FirstOrDefault(r.Properties.ContainsKey) is { } key)
            {
                items.Add(new TimelineItemResponse(r.Properties[key], GraphPropertyTypes.YearOfDate(r.Properties[key]), "fact", $"{source.Name} {r.Type.Name()} {target.Name} ({key} {r.Properties[key]})", [source.Id, target.Id], RelationshipResponse.From(r)));
            }
        }

        IReadOnlyList<TimelineItemResponse> ordered = [.. items
            .Where(i => InRange(i.Date, query.From, query.To))
            .OrderBy(i => i.Date, StringComparer.Ordinal)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.Ordinal)];
        return TypedResults.Ok(ordered);
    }

    /// <summary>Compares at the coarser precision, so 2017-05 is inside to=2017 and from=2017.</summary>
    private static bool InRange(string date, string? from, string? to)
    {
        var start = date.Split('/')[0];
        return (from is null || string.CompareOrdinal(start[..Math.Min(start.Length, from.Length)], from[..Math.Min(start.Length, from.Length)]) >= 0)
            && (to is null || string.CompareOrdinal(start[..Math.Min(start.Length, to.Length)], to[..Math.Min(start.Length, to.Length)]) <= 0);
    }
}

using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class MemberStateEndpoints
{
    private const string Oic = "oic";

    public static RouteHandlerBuilder MapMemberStates(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/member-states", ListMemberStates)
            .WithTags(OpenApiTags.Exploration)
            .WithName("ListMemberStates")
            .WithSummary("OIC member and observer states with every claim about their accession")
            .WithDescription("Each state with its status and accession year from the reference data, and every claim about its membership found in documents, each with its evidence; disagreement is true when sources give different years (the interview says Kazakhstan joined in 1992, the reference says 1995).");

    private static async Task<Ok<IReadOnlyList<MemberStateResponse>>> ListMemberStates(IGraphStore store, CancellationToken cancellationToken)
    {
        var memberships = await store.AllRelationshipsAsync(new RelationshipQuery(Oic, Direction.Incoming, [RelationType.MemberOf, RelationType.ObserverOf]), cancellationToken);
        var countries = await store.EntitiesAsync(memberships.Select(m => m.SourceId), cancellationToken);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var documentId in memberships.SelectMany(m => m.Evidence).Select(e => e.DocumentId).Distinct(StringComparer.Ordinal))
        {
            kinds[documentId] = (await store.GetDocumentAsync(documentId, cancellationToken))?.Kind ?? DocumentKinds.Article;
        }

        IReadOnlyList<MemberStateResponse> states = [.. memberships
            .Where(m => countries.TryGetValue(m.SourceId, out var c) && c.Type == EntityType.Country)
            .GroupBy(m => m.SourceId, StringComparer.Ordinal)
            .Select(group =>
            {
                var claims = group
                    .SelectMany(m => m.Evidence.Select(e => (Fact: m, Claim: new MembershipClaimResponse(m.Properties.GetValueOrDefault("since"), GraphPropertyTypes.YearOfDate(m.Properties.GetValueOrDefault("since")), e.DocumentId, kinds[e.DocumentId], EvidenceResponse.From(e)))))
                    .ToList();
                var reference = claims.Where(c => c.Claim.DocumentKind == DocumentKinds.Reference).ToList();
                var status = (reference.Count > 0 ? reference : claims).Any(c => c.Fact.Type == RelationType.MemberOf) ? "member" : "observer";
                var years = claims.Select(c => c.Claim.Since).OfType<string>().Distinct(StringComparer.Ordinal).Count();
                return new MemberStateResponse(
                    EntityResponse.From(countries[group.Key]),
                    status,
                    reference.Select(c => c.Claim.SinceYear).FirstOrDefault(y => y is not null),
                    [.. claims.Select(c => c.Claim).OrderBy(c => c.DocumentKind == DocumentKinds.Reference ? 0 : 1).ThenBy(c => c.DocumentId, StringComparer.Ordinal)],
                    years > 1);
            })
            .OrderBy(s => s.Country.Name, StringComparer.Ordinal)];
        return TypedResults.Ok(states);
    }
}

using System.ComponentModel.DataAnnotations;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>The shortest paths between two entities.</summary>
/// <param name="From" example="askar-mussinov">Start entity id.</param>
/// <param name="To" example="saudi-arabia">End entity id.</param>
/// <param name="Length" example="3">Hops of each path (all are shortest, so all have this length); null when none was found.</param>
/// <param name="Paths">The paths, each as its entities in order and the hop taken between each pair.</param>
public sealed record PathsResponse(string From, string To, int? Length, IReadOnlyList<PathResponse> Paths);

/// <summary>One path: <c>Nodes[i]</c> and <c>Nodes[i+1]</c> are joined by <c>Hops[i]</c>.</summary>
/// <param name="Nodes">Entities along the path.</param>
/// <param name="Hops">The relationships walked, each with its direction relative to the walk.</param>
public sealed record PathResponse(IReadOnlyList<EntityResponse> Nodes, IReadOnlyList<HopResponse> Hops);

/// <summary>A step of a path.</summary>
/// <param name="Relationship">The fact walked, with its properties and evidence.</param>
/// <param name="Forward">True when the walk follows the relationship's direction, false when it goes against it.</param>
public sealed record HopResponse(RelationshipResponse Relationship, bool Forward);

/// <summary>A ranked search hit.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Score" example="1">1 for an exact name, less for a name the query only begins.</param>
/// <param name="Matched" example="Қазақстан">The entity's name that matched, as the entity writes it (in the query's script when it has a name in that script).</param>
public sealed record SearchHitResponse(EntityResponse Entity, double Score, string Matched);

/// <summary>An event or dated fact on the timeline.</summary>
/// <param name="Date" example="1992">ISO 8601 date, possibly partial, or an interval such as 2014/2016.</param>
/// <param name="Year" example="1992">The year the date starts in, as an integer.</param>
/// <param name="Kind" example="fact">event (an Event with a date) or fact (a relationship with a date property).</param>
/// <param name="Title" example="Kazakhstan MEMBER_OF Organisation of Islamic Cooperation">A readable line.</param>
/// <param name="Entities">Ids of the entities involved.</param>
/// <param name="Relationship">The dated relationship.</param>
public sealed record TimelineItemResponse(string Date, int? Year, [property: AllowedValues("event", "fact")] string Kind, string Title, IReadOnlyList<string> Entities, RelationshipResponse Relationship);

/// <summary>An OIC member or observer state and every claim about when it joined.</summary>
/// <param name="Country">The state.</param>
/// <param name="Status" example="member">member or observer.</param>
/// <param name="Accession" example="1995">Accession year according to the reference data; null when the reference gives none.</param>
/// <param name="Claims">Every source's claim about the membership, the reference's included.</param>
/// <param name="Disagreement">True when the sources give different years.</param>
public sealed record MemberStateResponse(EntityResponse Country, [property: AllowedValues("member", "observer")] string Status, int? Accession, IReadOnlyList<MembershipClaimResponse> Claims, bool Disagreement);

/// <summary>One source's claim about a membership.</summary>
/// <param name="Since" example="&quot;1992&quot;">The date the source gives (ISO 8601, usually a year), when it gives one.</param>
/// <param name="SinceYear" example="1992">The year of that date, as an integer.</param>
/// <param name="DocumentId" example="oic-interview-mussinov">The source document.</param>
/// <param name="DocumentKind" example="article">article or reference.</param>
/// <param name="Evidence">The exact words.</param>
public sealed record MembershipClaimResponse(string? Since, int? SinceYear, string DocumentId, [property: AllowedValues(DocumentKinds.Article, DocumentKinds.Reference)] string DocumentKind, EvidenceResponse Evidence);

using System.Text.Json;
using System.Text.Json.Serialization;
using OicGraph.Api.Contracts;

namespace OicGraph.Api.Composition;

/// <summary>
/// Source-generated contracts for the read responses, large ones first (graph exports, neighbourhoods, entity pages):
/// no reflection on the hot path. First in the resolver chain, so the options' converters (enums by name) and encoder
/// still apply; any type not listed falls through to the reflection resolver.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GraphResponse))]
[JsonSerializable(typeof(CytoscapeElementsResponse))]
[JsonSerializable(typeof(EntityDetailsResponse))]
[JsonSerializable(typeof(PageResponse<EntityResponse>))]
[JsonSerializable(typeof(PageResponse<RelationshipResponse>))]
[JsonSerializable(typeof(PageResponse<DocumentSummaryResponse>))]
[JsonSerializable(typeof(PageResponse<MentionResponse>))]
[JsonSerializable(typeof(PageResponse<SearchHitResponse>))]
[JsonSerializable(typeof(PathsResponse))]
[JsonSerializable(typeof(DocumentResponse))]
[JsonSerializable(typeof(RelationshipResponse))]
[JsonSerializable(typeof(StatsResponse))]
[JsonSerializable(typeof(IReadOnlyList<MemberStateResponse>))]
[JsonSerializable(typeof(IReadOnlyList<TimelineItemResponse>))]
// The runtime types of the typed property maps' values.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Nodes;

namespace OicGraph.Api.Endpoints;

/// <summary>JSON parameters in: the values the query runners take (answers go out through <see cref="CypherJsonWriter"/>).</summary>
internal static class CypherValues
{
    public static Dictionary<string, object?> Parameters(JsonObject? parameters) =>
        parameters?.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal) ?? [];

    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(FromJson).ToList(),
        JsonObject map => map.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetValue<long>(out var integer) => integer,
            JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };
}

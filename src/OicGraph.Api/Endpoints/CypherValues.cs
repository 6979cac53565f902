using System.Text.Json;

namespace OicGraph.Api.Endpoints;

/// <summary>JSON parameters in: the values the query runners take (answers go out through <see cref="CypherJsonWriter"/>).</summary>
internal static class CypherValues
{
    public static Dictionary<string, object?> Parameters(Dictionary<string, JsonElement>? parameters) =>
        parameters?.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal) ?? [];

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        _ => null,
    };
}

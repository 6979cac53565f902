using System.Text.Json;

namespace OicGraph.Api.Tests.OpenApi;

/// <summary>
/// Checks a JSON answer against its OpenAPI 3.0 schema: types, nullable, required, enums, closed objects and
/// anyOf/oneOf, following $refs. Enough to catch a document that promises a field or a value the server does not give.
/// </summary>
internal sealed class SchemaCheck(JsonElement document)
{
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public IReadOnlyList<string> Problems(JsonElement value, JsonElement schema)
    {
        var problems = new List<string>();
        Check(value, schema, "$", problems);
        return problems;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, _schemas.GetProperty(reference.GetString()!.Split('/')[^1]), path, problems);
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()) && !IsAny(schema))
            {
                problems.Add($"{path}: null where the schema allows none");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(value, part, path, problems);
            }
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                if (!alternatives.EnumerateArray().Any(a => Problems(value, a).Count == 0))
                {
                    problems.Add($"{path}: matches none of {keyword}");
                }

                return;
            }
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
        {
            problems.Add($"{path}: {value.GetRawText()} is not in the enum");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "object":
                CheckObject(value, schema, path, problems);
                break;
            case "array" when value.ValueKind != JsonValueKind.Array:
                problems.Add($"{path}: {value.ValueKind} where an array is documented");
                break;
            case "array" when schema.TryGetProperty("items", out var items):
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{path}[{index++}]", problems);
                }

                break;
            case "string" when value.ValueKind != JsonValueKind.String:
            case "boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
            case "number" when value.ValueKind != JsonValueKind.Number:
                problems.Add($"{path}: {value.ValueKind} where {type} is documented");
                break;
            case "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                problems.Add($"{path}: {value.GetRawText()} where an integer is documented");
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: {value.ValueKind} where an object is documented");
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var required in schema.TryGetProperty("required", out var r) ? r.EnumerateArray() : default)
        {
            if (!value.TryGetProperty(required.GetString()!, out _))
            {
                problems.Add($"{path}: required '{required.GetString()}' is absent");
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                Check(member.Value, memberSchema, $"{path}.{member.Name}", problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var extra))
            {
                if (extra.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}: '{member.Name}' is not documented");
                }
                else if (extra.ValueKind == JsonValueKind.Object)
                {
                    Check(member.Value, extra, $"{path}.{member.Name}", problems);
                }
            }
        }
    }

    private static bool IsAny(JsonElement schema) => schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any(p => p.Name is "type" or "$ref" or "enum" or "allOf" or "anyOf" or "oneOf");
}

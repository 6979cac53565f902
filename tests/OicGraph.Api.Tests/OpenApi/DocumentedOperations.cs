using System.Text;
using System.Text.Json;

namespace OicGraph.Api.Tests.OpenApi;

/// <summary>One operation of the OpenAPI document, and the request its own examples make.</summary>
internal sealed record DocumentedOperation(string Method, string Path, JsonElement Operation)
{
    public string Id => Operation.TryGetProperty("operationId", out var id) ? id.GetString() ?? "" : "";

    public bool NeedsApiKey => Operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;

    public IEnumerable<JsonElement> Parameters => Operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    /// <summary>Every operation, reads first, then writes (POST before DELETE, so the delete example removes what the post example added).</summary>
    public static IReadOnlyList<DocumentedOperation> All(JsonElement document) =>
    [
        .. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => new DocumentedOperation(method.Name, path.Name, method.Value)))
            .OrderBy(o => o.Method switch { "get" => 0, "post" => 1, "put" => 2, "patch" => 3, _ => 4 })
            .ThenBy(o => o.Path, StringComparer.Ordinal),
    ];

    /// <summary>The request the documented examples describe: path and query parameters from their examples, the body from the request example.</summary>
    public HttpRequestMessage ExampleRequest(string? apiKey, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var path = Path;
        var query = new List<string>();
        foreach (var parameter in Parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var example = parameter.GetProperty("example");
            var values = overrides?.TryGetValue(name, out var chosen) == true
                ? [chosen]
                : example.ValueKind == JsonValueKind.Array ? example.EnumerateArray().Select(Text).ToList() : [Text(example)];
            switch (parameter.GetProperty("in").GetString())
            {
                case "path":
                    path = path.Replace("{" + name + "}", Uri.EscapeDataString(values[0]), StringComparison.Ordinal);
                    break;
                case "query":
                    query.AddRange(values.Select(v => name + "=" + Uri.EscapeDataString(v)));
                    break;
            }
        }

        var request = new HttpRequestMessage(new HttpMethod(Method.ToUpperInvariant()), query.Count == 0 ? path : path + "?" + string.Join('&', query));
        if (RequestExample() is { } body)
        {
            request.Content = new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }

    public JsonElement? RequestExample() =>
        Operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json)
        && json.TryGetProperty("example", out var example)
            ? example
            : null;

    /// <summary>The documented schema of a status and media type, or null when that answer is not documented.</summary>
    public JsonElement? ResponseSchema(int status, string mediaType, out bool documented)
    {
        documented = false;
        if (!Operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            return null;
        }

        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            return null;
        }

        documented = true;
        return media.TryGetProperty("schema", out var schema) ? schema : null;
    }

    public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({Id})";

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}

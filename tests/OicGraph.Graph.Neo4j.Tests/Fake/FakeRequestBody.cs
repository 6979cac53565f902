using System.Text.Json;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>A request body bound the way Neo4j 5.26 binds it: known fields only, <c>statement</c> before <c>parameters</c>.</summary>
internal sealed record FakeRequestBody(string? Statement, IReadOnlyDictionary<string, object?> Parameters, bool ReadMode, bool IncludeCounters)
{
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    private static readonly HashSet<string> Known =
        ["statement", "parameters", "includeCounters", "accessMode", "bookmarks", "impersonatedUser", "maxExecutionTime"];

    public static bool TryParse(string body, bool typed, out FakeRequestBody? parsed)
    {
        parsed = null;
        if (body.Length == 0)
        {
            parsed = new FakeRequestBody(null, new Dictionary<string, object?>(), false, false);
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            string? statement = null;
            var seenStatement = false;
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            var read = false;
            var counters = false;
            var bookmarks = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Known.Contains(property.Name))
                {
                    return false; // 5.26 refuses fields it does not know (e.g. txMetadata).
                }

                switch (property.Name)
                {
                    case "statement":
                        statement = property.Value.GetString();
                        seenStatement = true;
                        break;
                    case "parameters" when !seenStatement:
                        return false; // Before 2026.08 the server needs statement first.
                    case "parameters":
                        foreach (var parameter in property.Value.EnumerateObject())
                        {
                            parameters[parameter.Name] = FakeJson.ReadParameter(parameter.Value, typed);
                        }

                        break;
                    case "accessMode":
                        var mode = property.Value.GetString();
                        if (!string.Equals(mode, "READ", StringComparison.OrdinalIgnoreCase) && !string.Equals(mode, "WRITE", StringComparison.OrdinalIgnoreCase))
                        {
                            return false;
                        }

                        read = string.Equals(mode, "READ", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "bookmarks":
                        bookmarks.AddRange(property.Value.EnumerateArray().Select(mark => mark.GetString() ?? throw new FormatException("a bookmark is not a string")));
                        break;
                    case "includeCounters":
                        counters = property.Value.GetBoolean();
                        break;
                }
            }

            parsed = new FakeRequestBody(statement, parameters, read, counters) { Bookmarks = bookmarks };
            return true;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }
}

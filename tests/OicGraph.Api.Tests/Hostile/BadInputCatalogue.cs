using System.Net;
using System.Text;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>One bad request and the answer it must get.</summary>
public sealed record BadRequest(string Family, HttpMethod Method, string Target, HttpStatusCode Expected, string? Body = null, string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null)
{
    public override string ToString() => $"{Family}: {Method} {(Target.Length > 80 ? Target[..80] + "…" : Target)}";
}

/// <summary>
/// The bad-input catalogue: every operation of the API met with the families of hostile input issue #11 lists (malformed
/// and mistyped bodies, wrong content types, out-of-range and numeric-enum parameters, unicode junk, oversized URIs,
/// headers and bodies, nesting bombs, invalid regexes, unterminated comments, writes, missing keys).
/// </summary>
internal static class BadInputCatalogue
{
    public const string Key = "catalogue-key";

    private static readonly HttpStatusCode BadRequest400 = HttpStatusCode.BadRequest;

    public static IEnumerable<BadRequest> All() =>
        Ids().Concat(QueryParameters()).Concat(Bodies()).Concat(Cypher()).Concat(Envelope());

    /// <summary>Ids nobody has, in every shape an attacker tries, on every route that takes one.</summary>
    private static IEnumerable<BadRequest> Ids()
    {
        string[] ids =
        [
            "nothing", "%01%7F", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE%D8%A7", "%F0%9F%92%A9", "a%20b%09c", new string('x', 2000),
            "%27%20OR%201%3D1", "%7B%7Bid%7D%7D", "%D9%82%D8%A7%D8%B2%D8%A7%D9%82%D8%B3%D8%AA%D8%A7%D9%86-%E2%80%8F",
        ];
        foreach (var id in ids)
        {
            yield return new("unknown id", HttpMethod.Get, $"/api/entities/{id}", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/entities/{id}/relationships", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/entities/{id}/neighbors", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/entities/{id}/documents", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/entities/{id}/mentions", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/relationships/{id}", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/documents/{id}", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Get, $"/api/documents/{id}/annotated", HttpStatusCode.NotFound);
            yield return new("unknown id", HttpMethod.Delete, $"/api/documents/{id}", HttpStatusCode.NotFound, Headers: KeyHeader);
        }
    }

    /// <summary>Query parameters out of range, of the wrong type, numeric enums, and text that normalises to nothing.</summary>
    private static IEnumerable<BadRequest> QueryParameters()
    {
        (string Path, string Query)[] cases =
        [
            ("/api/entities", "type=999"), ("/api/entities", "type=1"), ("/api/entities", "type=-1"), ("/api/entities", "type=Country,City"),
            ("/api/entities", "type=Planet"), ("/api/entities", "limit=0"), ("/api/entities", "limit=501"), ("/api/entities", "limit=abc"),
            ("/api/entities", "limit=99999999999999999999"), ("/api/entities", "offset=-1"), ("/api/entities", "q=%20%20"), ("/api/entities", "q=..."),
            ("/api/entities", "q=%E2%80%8F%E2%80%8C"), ("/api/entities", "q=" + new string('a', 201)), ("/api/entities", "document=" + new string('d', 201)),
            ("/api/entities/kazakhstan/relationships", "direction=99"), ("/api/entities/kazakhstan/relationships", "direction=1"),
            ("/api/entities/kazakhstan/relationships", "direction=sideways"), ("/api/entities/kazakhstan/relationships", "type=NOT_A_TYPE"),
            ("/api/entities/kazakhstan/relationships", "type=1"), ("/api/entities/kazakhstan/relationships", "limit=-5"),
            ("/api/entities/kazakhstan/neighbors", "depth=0"), ("/api/entities/kazakhstan/neighbors", "depth=4"), ("/api/entities/kazakhstan/neighbors", "depth=1e3"),
            ("/api/entities/kazakhstan/neighbors", "limit=2001"), ("/api/relationships", "type=MEMBER_OF,NOPE"), ("/api/relationships", "type=0"),
            ("/api/relationships", "limit=1000"), ("/api/documents", "limit=0"), ("/api/documents", "offset=x"), ("/api/search", ""),
            ("/api/search", "q="), ("/api/search", "q=%E2%80%8B"), ("/api/search", "q=!!!"), ("/api/search", "q=astana&type=999"),
            ("/api/search", "q=astana&type=3"), ("/api/search", "q=astana&limit=501"), ("/api/paths", ""), ("/api/paths", "from=kazakhstan"),
            ("/api/paths", "from=kazakhstan&to=oic&maxDepth=7"), ("/api/paths", "from=kazakhstan&to=oic&maxDepth=0"), ("/api/paths", "from=kazakhstan&to=oic&limit=101"),
            ("/api/graph", "format=xml"), ("/api/graph", "format=1"), ("/api/graph", "types=999"), ("/api/graph", "types=Country,999"),
            ("/api/graph", "relationshipTypes=NOPE"), ("/api/graph", "depth=4"), ("/api/graph", "limit=10001"),
            ("/api/graph", "ids=" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"e{i}"))), ("/api/timeline", "from=2023-13"),
            ("/api/timeline", "from=yesterday"), ("/api/timeline", "from=2024&to=2000"), ("/api/timeline", "to=99999-01"),
        ];
        foreach (var (path, query) in cases)
        {
            yield return new("bad parameter", HttpMethod.Get, query.Length == 0 ? path : $"{path}?{query}", BadRequest400);
        }
    }

    /// <summary>Request bodies: malformed, mistyped, nested too deep, oversized, of the wrong content type, without a key.</summary>
    private static IEnumerable<BadRequest> Bodies()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        string[] malformed =
        [
            "", "{", "}", "nul", "{\"text\": }", "{\"text\": \"unterminated}", "[1, 2]", "\"just a string\"", "{\"text\": \"x\",}",
            "{\"text\": \"\\uZZZZ\"}", "{\"text\": 12}", "{\"text\": [\"a\"]}", "{\"text\": {\"a\": 1}}", "{\"text\": true}",
            "{\"text\": " + deep + "}", "\u0000\u0001", "{\"text\": \"a\"} trailing",
        ];
        foreach (var body in malformed)
        {
            yield return new("malformed body", HttpMethod.Post, "/api/extract", BadRequest400, body);
            yield return new("malformed body", HttpMethod.Post, "/api/documents", BadRequest400, body, Headers: KeyHeader);
        }

        string[] invalidDocuments =
        [
            "{\"text\": \"\"}", "{\"text\": \"   \"}", "{\"text\": \"قازاقستان\", \"id\": \"../etc\"}", "{\"text\": \"قازاقستان\", \"id\": \"" + new string('i', 300) + "\"}",
            "{\"text\": \"قازاقستان\", \"date\": \"2023-13\"}", "{\"text\": \"قازاقستان\", \"sourceUrl\": \"javascript:alert(1)\"}",
            "{\"text\": \"قازاقستان\", \"script\": \"Cyrl\"}", "{\"text\": \"قازاقستان\", \"language\": \"" + new string('k', 100) + "\"}",
        ];
        foreach (var body in invalidDocuments)
        {
            yield return new("invalid document", HttpMethod.Post, "/api/documents", BadRequest400, body, Headers: KeyHeader);
        }

        yield return new("invalid extraction", HttpMethod.Post, "/api/extract", BadRequest400, "{\"text\": \"\"}");
        yield return new("invalid extraction", HttpMethod.Post, "/api/extract", BadRequest400, "{\"text\": \"قازاقستان\", \"date\": \"2023-02-30\"}");
        yield return new("wrong content type", HttpMethod.Post, "/api/extract", HttpStatusCode.UnsupportedMediaType, "text=x", "application/x-www-form-urlencoded");
        yield return new("wrong content type", HttpMethod.Post, "/api/documents", HttpStatusCode.UnsupportedMediaType, "{\"text\": \"x\"}", "text/plain", KeyHeader);
        yield return new("wrong content type", HttpMethod.Post, "/api/cypher", HttpStatusCode.UnsupportedMediaType, "RETURN 1", "application/cypher");
        yield return new("oversized body", HttpMethod.Post, "/api/extract", HttpStatusCode.RequestEntityTooLarge, "{\"text\": \"" + new string('ا', 2_200_000) + "\"}");
        yield return new("oversized body", HttpMethod.Post, "/api/documents", HttpStatusCode.RequestEntityTooLarge, "{\"text\": \"" + new string('a', 4_300_000) + "\"}", Headers: KeyHeader);
        yield return new("oversized text", HttpMethod.Post, "/api/extract", HttpStatusCode.RequestEntityTooLarge, "{\"text\": \"" + new string('a', 1_100_000) + "\"}");
        yield return new("no key", HttpMethod.Post, "/api/documents", HttpStatusCode.Unauthorized, "{\"text\": \"قازاقستان\"}");
        yield return new("wrong key", HttpMethod.Post, "/api/documents", HttpStatusCode.Unauthorized, "{\"text\": \"قازاقستان\"}", Headers: new Dictionary<string, string> { ["X-Api-Key"] = "guess" });
        yield return new("wrong key", HttpMethod.Delete, "/api/documents/oic-interview-mussinov", HttpStatusCode.Unauthorized, Headers: new Dictionary<string, string> { ["X-Api-Key"] = Key + " " });
        yield return new("id taken", HttpMethod.Post, "/api/documents", HttpStatusCode.Conflict, "{\"text\": \"another text\", \"id\": \"oic-interview-mussinov\"}", Headers: KeyHeader);
    }

    /// <summary>Cypher that is invalid, nested past the limits, too large to answer, or sent with bad options.</summary>
    private static IEnumerable<BadRequest> Cypher()
    {
        string[] invalid =
        [
            "RETURN " + new string('(', 5450) + "1" + new string(')', 5450), "RETURN " + new string('[', 5000) + "1" + new string(']', 5000),
            "RETURN " + string.Concat(Enumerable.Repeat("{a: ", 3000)) + "1" + new string('}', 3000), "RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 4000)),
            "RETURN " + string.Concat(Enumerable.Repeat("NOT ", 4000)) + "true", "RETURN 'a' =~ '['", "RETURN 'xyz' =~ 'a)|(.*'", "RETURN 'a' =~ '(?<'",
            "RETURN 1 /* unterminated", "MATCH (n RETURN n", "RETURN $missing", "RETURN nothing", "MATCH (a)-[*0x10]->(b) RETURN a",
            "MATCH (a)-[*99999999999]->(b) RETURN a", "RETURN 9223372036854775808", "RETURN 1e309", "RETURN '\\uZZZZ'", "RETURN `unterminated",
            "RETURN size(reduce(a = [], i IN range(1, 100000) | [a]))", "RETURN size(range(1, 100000000))", "CALL nowhere.proc()",
            "CALL apoc.create.node(['X'], {})", "RETURN 1; RETURN 2", "\u202eRETURN 1", "RETURN 'a' + ", "RETURN [x IN", "WITH 1 AS a",
            "MATCH (n) WHERE EXISTS { MATCH (m) WHERE nowhere.x = 1 } RETURN n",
        ];
        foreach (var query in invalid)
        {
            yield return CypherCase("invalid Cypher", query, BadRequest400);
        }

        yield return CypherCase("result too large", "UNWIND range(1, 50) AS i RETURN reduce(s = 'x', j IN range(1, 23) | s + s) AS big", HttpStatusCode.UnprocessableEntity);
        yield return CypherCase("result too large", "MATCH (d:Document) UNWIND range(1, 1000) AS i RETURN d.text", HttpStatusCode.UnprocessableEntity);
        yield return CypherCase("timeout", "MATCH (a), (b), (c), (d) RETURN count(*)", HttpStatusCode.GatewayTimeout, timeoutSeconds: 1);
        string[] badRequests =
        [
            "{\"query\": \"RETURN 1\", \"rowLimit\": 0}", "{\"query\": \"RETURN 1\", \"rowLimit\": 10001}", "{\"query\": \"RETURN 1\", \"timeoutSeconds\": 0}",
            "{\"query\": \"RETURN 1\", \"timeoutSeconds\": 121}", "{\"query\": \"RETURN 1\", \"rowLimit\": \"ten\"}", "{\"query\": \"\"}", "{}",
            "{\"query\": 1}", "{\"query\": \"" + new string('x', 20_001) + "\"}", "{\"query\": \"RETURN $a\", \"parameters\": {\"1bad\": 1}}",
            "{\"query\": \"RETURN $a\", \"parameters\": {\"a\": " + new string('[', 60) + new string(']', 60) + "}}",
            "{\"query\": \"RETURN $a\", \"parameters\": {\"a\": " + new string('[', 70) + new string(']', 70) + "}}",
            "{\"query\": \"RETURN $a\", \"parameters\": {\"a\": 1e400}}", "{\"query\": \"RETURN $a\", \"parameters\": {\"a\": 1, \"a\": 2}}",
            "{\"query\": \"RETURN $a\", \"parameters\": [1]}", "{\"query\": \"RETURN 1\", \"rowLimit\": 1.5}",
        ];
        foreach (var body in badRequests)
        {
            yield return new("bad Cypher request", HttpMethod.Post, "/api/cypher", BadRequest400, body);
        }
    }

    /// <summary>Oversized URIs and headers and unknown routes and methods, on every operation.</summary>
    private static IEnumerable<BadRequest> Envelope()
    {
        var longQuery = "x=" + new string('a', 9000);
        var bigHeader = new Dictionary<string, string> { ["X-Junk"] = new string('h', 40_000) };
        string[] gets =
        [
            "/api/entities", "/api/entities/kazakhstan", "/api/entities/kazakhstan/relationships", "/api/entities/kazakhstan/neighbors", "/api/relationships",
            "/api/relationships/x", "/api/documents", "/api/documents/oic-interview-mussinov", "/api/documents/oic-interview-mussinov/annotated", "/api/stats",
            "/api/paths", "/api/graph", "/api/timeline", "/api/search", "/api/member-states", "/health/live", "/health/ready",
        ];
        foreach (var path in gets)
        {
            yield return new("URI too long", HttpMethod.Get, $"{path}?{longQuery}", HttpStatusCode.RequestUriTooLong);
            yield return new("headers too large", HttpMethod.Get, path, HttpStatusCode.RequestHeaderFieldsTooLarge, Headers: bigHeader);
        }

        foreach (var path in new[] { "/api/extract", "/api/documents", "/api/cypher" })
        {
            yield return new("URI too long", HttpMethod.Post, $"{path}?{longQuery}", HttpStatusCode.RequestUriTooLong, "{}");
            yield return new("headers too large", HttpMethod.Post, path, HttpStatusCode.RequestHeaderFieldsTooLarge, "{}", Headers: bigHeader);
        }

        yield return new("unknown route", HttpMethod.Get, "/api/nothing", HttpStatusCode.NotFound);
        yield return new("wrong method", HttpMethod.Put, "/api/stats", HttpStatusCode.MethodNotAllowed, "{}");
        yield return new("wrong method", HttpMethod.Delete, "/api/entities/kazakhstan", HttpStatusCode.MethodNotAllowed);
        yield return new("wrong method", HttpMethod.Get, "/api/cypher", HttpStatusCode.MethodNotAllowed);
    }

    private static readonly Dictionary<string, string> KeyHeader = new() { ["X-Api-Key"] = Key };

    private static BadRequest CypherCase(string family, string query, HttpStatusCode expected, int timeoutSeconds = 15) =>
        new(family, HttpMethod.Post, "/api/cypher", expected, System.Text.Json.JsonSerializer.Serialize(new { query, timeoutSeconds }));

    public static HttpRequestMessage ToMessage(BadRequest bad)
    {
        var message = new HttpRequestMessage(bad.Method, bad.Target);
        if (bad.Body is not null)
        {
            message.Content = new StringContent(bad.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(bad.ContentType);
        }

        foreach (var (name, value) in bad.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}

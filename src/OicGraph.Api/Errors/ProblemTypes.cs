namespace OicGraph.Api.Errors;

/// <summary>
/// The closed set of error kinds a client can switch on: every ProblemDetails this API writes carries one of these as its
/// <c>type</c> (RFC 9457), documented once here, in the OpenAPI document and at <c>GET /problems/{name}</c>.
/// </summary>
internal static class ProblemTypes
{
    public static readonly ProblemType Validation = new("validation", 400, "The request is not valid", "A query parameter or body field breaks a rule; 'errors' lists every message per field.");
    public static readonly ProblemType BadRequest = new("bad-request", 400, "The request cannot be read", "The body is not JSON of the expected shape, or a parameter does not have the expected type; 'detail' says which and where.");
    public static readonly ProblemType CypherInvalid = new("cypher-invalid", 400, "The Cypher query is not valid", "The query does not parse or refers to something that does not exist; 'detail' gives the line and column.");
    public static readonly ProblemType CypherResultTooLarge = new("cypher-result-too-large", 400, "The query's result is too large", "Return fewer rows or columns (LIMIT, rowLimit).");
    public static readonly ProblemType ApiKeyRequired = new("api-key-required", 401, "A valid API key is required", "Send a key configured in Api:Keys in the X-Api-Key header.");
    public static readonly ProblemType WritesDisabled = new("writes-disabled", 403, "Writes are disabled", "No API key is configured; set Api:Keys to enable writes.");
    public static readonly ProblemType CypherReadOnly = new("cypher-read-only", 403, "The Cypher endpoint is read-only", "The query holds a write clause (CREATE, MERGE, SET, DELETE, ...).");
    public static readonly ProblemType Forbidden = new("forbidden", 403, "Forbidden", "The request is understood but not allowed.");
    public static readonly ProblemType NotFound = new("not-found", 404, "Not found", "No resource has this id (or no route this path); 'detail' says where to list the ids.");
    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", 405, "Method not allowed", "The path exists but not with this HTTP method.");
    public static readonly ProblemType DocumentIdTaken = new("document-id-taken", 409, "The document id is taken", "Another text already has this id; delete it first or choose another id.");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "The request is too large", "The body or its text is over Api:Limits; split it or raise the limit.");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "Unsupported content type", "Send the body as application/json.");
    public static readonly ProblemType GraphNotStorable = new("graph-not-storable", 422, "The extracted graph could not be stored", "The patch the extraction produced breaks a rule of the graph model.");
    public static readonly ProblemType RateLimited = new("rate-limited", 429, "Too many requests", "Over Api:RateLimit; retry after the Retry-After header's seconds.");
    public static readonly ProblemType ClientClosedRequest = new("client-closed-request", 499, "The client closed the request", "The client went away before the answer was ready.");
    public static readonly ProblemType Internal = new("internal", 500, "An unexpected error occurred", "The server failed; the traceId identifies the failure in the server's log.");
    public static readonly ProblemType NotImplemented = new("not-implemented", 501, "Not available on this backend", "The configured backend cannot do this.");
    public static readonly ProblemType GraphUnavailable = new("graph-unavailable", 503, "The graph database is unavailable", "Neo4j could not be reached or refused the request; retry after the Retry-After header's seconds.");
    public static readonly ProblemType Timeout = new("timeout", 504, "The query took too long", "The query ran past its timeout; narrow it or raise timeoutSeconds.");

    public static IReadOnlyList<ProblemType> All { get; } =
    [
        Validation, BadRequest, CypherInvalid, CypherResultTooLarge, ApiKeyRequired, WritesDisabled, CypherReadOnly, Forbidden, NotFound, MethodNotAllowed,
        DocumentIdTaken, PayloadTooLarge, UnsupportedMediaType, GraphNotStorable, RateLimited, ClientClosedRequest, Internal, NotImplemented,
        GraphUnavailable, Timeout,
    ];

    /// <summary>The type of a problem written without one (by the framework, or by code that only set a status).</summary>
    public static ProblemType ForStatus(int status) => status switch
    {
        401 => ApiKeyRequired,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        422 => GraphNotStorable,
        429 => RateLimited,
        499 => ClientClosedRequest,
        501 => NotImplemented,
        503 => GraphUnavailable,
        504 => Timeout,
        >= 500 => Internal,
        _ => BadRequest,
    };

    public static ProblemType? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>
    /// Gives every problem written anywhere (endpoints, filters, middleware, the framework's status pages) a documented type,
    /// a detail and the trace id: a problem written with only a status gets the type of its status.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var type = problem.Type is { } uri && All.FirstOrDefault(t => t.Uri == uri) is { } known ? known : ForStatus(status);
        problem.Type = type.Uri;
        problem.Status = status;
        problem.Title ??= type.Title;
        problem.Detail ??= type.Description;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }
}

/// <summary>One kind of error: its <c>type</c> URI is <c>/problems/{name}</c>.</summary>
internal sealed record ProblemType(string Name, int Status, string Title, string Description)
{
    public string Uri => "/problems/" + Name;
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OicGraph.Graph;
using OicGraph.Graph.Cypher;

namespace OicGraph.Api.Errors;

/// <summary>
/// Turns the exceptions that reach the edge into RFC 9457 ProblemDetails: bad requests keep their status and say what was
/// wrong, an unreachable graph database is 503, and anything unexpected is a 500 that reveals no internals.
/// </summary>
internal sealed partial class GraphExceptionHandler(IProblemDetailsService problems, ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, TitleOf(bad.StatusCode), bad.Message),
            CypherWriteRefusedException refused => (StatusCodes.Status403Forbidden, "The Cypher endpoint is read-only.", refused.Message),
            CypherQueryException timedOut when timedOut.Code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal) =>
                (StatusCodes.Status504GatewayTimeout, "The query took too long.", timedOut.Message),
            CypherQueryException tooLarge when tooLarge.Code is "OicGraph.Neo4j.ResultTooLarge" or "OicGraph.Cypher.ResultTooLarge" or "OicGraph.Api.ResponseTooLarge"
                or "Neo.ClientError.General.TransactionOutOfMemoryError" =>
                (StatusCodes.Status422UnprocessableEntity, "The query's result is too large.", tooLarge.Message + " Return fewer rows or columns (LIMIT, rowLimit)."),
            CypherQueryException query => (StatusCodes.Status400BadRequest, "The Cypher query is not valid.", Position(query) + query.Message),
            CypherNotSupportedException unsupported => (StatusCodes.Status501NotImplemented, "Cypher is not available on this backend.", unsupported.Message),
            DocumentExistsException taken => (StatusCodes.Status409Conflict, "The document id is taken.",
                $"Document '{taken.DocumentId}' already holds a different text. Delete it first, or choose another id."),
            InvalidGraphPatchException invalid => (StatusCodes.Status422UnprocessableEntity, "The extracted graph could not be stored.", invalid.Message),
            GraphStoreUnavailableException unavailable => (StatusCodes.Status503ServiceUnavailable, "The graph database is unavailable.", unavailable.Message + " Try again shortly."),
            GraphStoreException refused => (StatusCodes.Status503ServiceUnavailable, "The graph database refused the request.", refused.Message),
            TimeoutException timeout => (StatusCodes.Status504GatewayTimeout, "The query took too long.", timeout.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (StatusCodes.Status499ClientClosedRequest, "The client closed the request.", "The request was cancelled by the client."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The server failed to answer; the trace id identifies the failure in the server's log."),
        };

        // Timeouts and an unavailable backend are expected under load: one line each, no stack trace.
        if (status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout)
        {
            LogRefused(logger, httpContext.Request.Method, httpContext.Request.Path, status, detail);
        }
        else if (status >= 500)
        {
            LogFailure(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Type = TypeOf(exception, status).Uri, Status = status, Title = title, Detail = detail };
        if (exception is CypherQueryException { Line: { } line, Column: { } column })
        {
            // Machine-readable too, so an editor (the explorer's Cypher console) can put the cursor on the error.
            problem.Extensions["line"] = line;
            problem.Extensions["column"] = column;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    private static ProblemType TypeOf(Exception exception, int status) => exception switch
    {
        CypherWriteRefusedException => ProblemTypes.CypherReadOnly,
        CypherQueryException when status == StatusCodes.Status400BadRequest =>
            exception.Message.Contains("too large", StringComparison.OrdinalIgnoreCase) || ((CypherQueryException)exception).Code is "OicGraph.Neo4j.ResultTooLarge" or "Neo.ClientError.General.TransactionOutOfMemoryError"
                ? ProblemTypes.CypherResultTooLarge
                : ProblemTypes.CypherInvalid,
        _ => ProblemTypes.ForStatus(status),
    };

    private static string Position(CypherQueryException query) =>
        query.Line is { } line ? $"Line {line}, column {query.Column}: " : "";

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported content type.",
        _ => "The request is not valid.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered {Status}: {Detail}")]
    private static partial void LogRefused(ILogger logger, string method, string path, int status, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}

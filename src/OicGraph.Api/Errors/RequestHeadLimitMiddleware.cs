using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OicGraph.Api.Errors;

/// <summary>
/// The limits Kestrel enforces on a request's target and headers, enforced here instead so the answer is a ProblemDetails
/// saying which limit (Kestrel's own 414 and 431 have empty bodies). Kestrel's limits are raised above these (see
/// <see cref="RaiseKestrelLimits"/>) so such requests reach this middleware; only requests past the raised limits still
/// get Kestrel's bare answer, and a request line Kestrel cannot parse at all its bare 400.
/// </summary>
internal sealed class RequestHeadLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static void RaiseKestrelLimits(KestrelServerOptions kestrel)
    {
        kestrel.Limits.MaxRequestLineSize = 8 * MaxTargetLength;
        kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeaderBytes;
        kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxTargetLength)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, "The request URI is too long.",
                $"The path and query have {target} characters; the limit is {MaxTargetLength}. Send large inputs in a POST body.");
            return;
        }

        var headerBytes = 0L;
        foreach (var (name, values) in request.Headers)
        {
            headerBytes += name.Length + 4 + values.Sum(v => v?.Length ?? 0);
        }

        if (request.Headers.Count > MaxHeaderCount || headerBytes > MaxHeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"The request has {request.Headers.Count} headers of {headerBytes} bytes; the limits are {MaxHeaderCount} headers and {MaxHeaderBytes} bytes.");
            return;
        }

        await next(context);
    }

    private Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}

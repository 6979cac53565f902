using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;

namespace OicGraph.Api.Errors;

/// <summary>
/// Answers 413 before reading a body whose declared length is over <c>Api:Limits:MaxRequestBodyBytes</c>, and caps
/// undeclared (chunked) bodies at the same size where the server supports it.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<ApiLimitsOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"The body has {context.Request.ContentLength} bytes; the limit is {limit} (Api:Limits:MaxRequestBodyBytes).",
                },
            });
            return;
        }

        await next(context);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;
using OicGraph.Api.Errors;

namespace OicGraph.Api.Validation;

/// <summary>
/// Write endpoints need an <c>X-Api-Key</c> from <c>Api:Keys</c>. With no key configured writes are off (403, saying how
/// to turn them on), so a fresh install is read-only until someone decides otherwise.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<ApiAccessOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = options.CurrentValue.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (keys.Count == 0)
        {
            return TypedResults.Problem(
                type: ProblemTypes.WritesDisabled.Uri,
                title: "Writes are disabled.",
                detail: "No API key is configured. Set Api:Keys (for example the environment variable Api__Keys__0=<secret>) and send it in the X-Api-Key header.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var sent = context.HttpContext.Request.Headers[Header].ToString();
        if (!keys.Any(k => Matches(k, sent)))
        {
            return TypedResults.Problem(
                type: ProblemTypes.ApiKeyRequired.Uri,
                title: "A valid API key is required.",
                detail: string.IsNullOrEmpty(sent) ? "Send your API key in the X-Api-Key header." : "The X-Api-Key header does not hold a configured key.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    private static bool Matches(string key, string sent) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(sent)));
}

/// <summary>Endpoint metadata saying the route needs <c>X-Api-Key</c>; the OpenAPI document applies the ApiKey scheme from it.</summary>
internal sealed class RequiresApiKey;

internal static class ApiKeyFilterExtensions
{
    /// <summary>Guards the route with <see cref="ApiKeyFilter"/> and documents the scheme and its 401 and 403 answers.</summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ApiKeyFilter>()
            .WithMetadata(new RequiresApiKey())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

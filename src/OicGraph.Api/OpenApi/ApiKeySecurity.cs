using Microsoft.OpenApi;
using OicGraph.Api.Validation;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// The <c>ApiKey</c> scheme (<c>X-Api-Key</c> header) on exactly the operations <see cref="ApiKeyFilter"/> guards, and an
/// explicit empty requirement on every other, so Swagger UI's Authorize button sends the key where it is needed.
/// </summary>
internal sealed class ApiKeySecurity : IOperationFilter
{
    public const string SchemeName = "ApiKey";

    public static OpenApiSecurityScheme Scheme { get; } = new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyFilter.Header,
        Description = "A key from the server's Api:Keys setting (e.g. the environment variable Api__Keys__0). Without one configured, writes answer 403 (/problems/writes-disabled); with a wrong or missing key, 401 (/problems/api-key-required).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var secured = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKey>().Any();
        operation.Security = secured
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }]
            : [];
    }
}

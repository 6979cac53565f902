using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

internal static class SwaggerSetup
{
    public static IServiceCollection AddOicGraphSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        // The document describes JSON as the endpoints write it (camelCase, enums as names), not as MVC would.
        services.AddSingleton<ISerializerDataContractResolver>(provider =>
            new JsonSerializerDataContractResolver(provider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OicGraph API",
                Version = "v1",
                Description = "A knowledge graph of OIC affairs read from Kazakh news in the Arabic script: entities, facts with the exact words they came from, documents, and extraction. "
                    + "Reads are open; writes need an API key (Authorize, X-Api-Key). Every error is an RFC 9457 ProblemDetails whose `type` says what went wrong:\n\n" + ProblemSchemaFilter.Catalogue,
            });
            options.AddServer(new OpenApiServer { Url = "/", Description = "The server that serves this document" });
            options.AddSecurityDefinition(ApiKeySecurity.SchemeName, ApiKeySecurity.Scheme);
            options.SupportNonNullableReferenceTypes();
            // A nullable or described reference ($ref beside nullable is not OpenAPI 3.0) is wrapped in allOf.
            options.UseAllOfToExtendReferenceSchemas();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
            // Cypher parameters and cells are any JSON; JsonNode's own members (options, parent, root) are not what is sent.
            options.MapType<JsonObject>(() => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema() });
            options.SchemaFilter<RequiredPropertiesFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.SchemaFilter<GraphPropertiesSchemaFilter>();
            options.SchemaFilter<CypherSchemaFilter>();
            options.SchemaFilter<AllowedValuesSchemaFilter>();
            options.OperationFilter<ParameterExamplesFilter>();
            options.OperationFilter<ClosedSetParameters>();
            options.OperationFilter<ApiKeySecurity>();
            options.OperationFilter<AlternativeResponsesFilter>();
            options.OperationFilter<RequestExampleFilter>();
            options.OperationFilter<RateLimitResponses>();
            options.DocumentFilter<OpenApiTags>();
            options.DocumentFilter<ReferenceSchemaCleanup>();
        });
        return services;
    }

    public static WebApplication UseOicGraphSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "OicGraph API v1");
            options.DocumentTitle = "OicGraph API";
            options.EnablePersistAuthorization();
        });
        return app;
    }
}

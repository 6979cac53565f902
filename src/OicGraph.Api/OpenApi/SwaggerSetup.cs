using System.Reflection;
using Microsoft.OpenApi;

namespace OicGraph.Api.OpenApi;

internal static class SwaggerSetup
{
    public static IServiceCollection AddOicGraphSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OicGraph API",
                Version = "v1",
                Description = "A knowledge graph of OIC affairs read from Kazakh news in the Arabic script: entities, facts with the exact words they came from, documents, and extraction. Errors are RFC 9457 ProblemDetails.",
            });
            options.SupportNonNullableReferenceTypes();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
            options.OperationFilter<ParameterExamplesFilter>();
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
        });
        return app;
    }
}

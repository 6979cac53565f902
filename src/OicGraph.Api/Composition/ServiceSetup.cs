using FluentValidation;
using OicGraph.Api.Endpoints;
using OicGraph.Api.Errors;
using OicGraph.Ingestion;
using OicGraph.Api.Seeding;
using OicGraph.Extraction;

namespace OicGraph.Api.Composition;

internal static class ServiceSetup
{
    public static IServiceCollection AddOicGraphApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTypes.Complete);
        services.AddExceptionHandler<GraphExceptionHandler>();
        // Binding failures (a non-number for ?limit=, a wrong content type) reach the exception handler and become ProblemDetails.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Validators hold only their rules (built in the constructor, a fair part of a small request when done per request).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.ValidateApiOptions();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(RequestHeadLimitMiddleware.RaiseKestrelLimits);
        services.AddSingleton<CypherAdmission>();
        services.AddSingleton<VersionedResponseCache>();
        services.AddSingleton<Exports.EncodedGraphRecords>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddSingleton<DocumentIngestor>();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddSingleton<SeedProgress>();
        services.AddHealthChecks().AddCheck<SeedHealthCheck>("seed", tags: ["ready"]);
        services.AddHostedService<GraphSeeder>();
        return services;
    }
}

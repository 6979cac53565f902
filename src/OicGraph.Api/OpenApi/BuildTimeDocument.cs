using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// The build writes the OpenAPI document (the explorer's client is generated from it) by running this app's entry point
/// under dotnet-getdocument, which starts the host with an inert server. The document needs the endpoints only, so in
/// that run nothing in the background may start: no seeding, no store opened, no database contacted.
/// </summary>
internal static class BuildTimeDocument
{
    public static bool IsBeingGenerated { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static IServiceCollection WithoutBackgroundWorkWhenGeneratingTheDocument(this IServiceCollection services)
    {
        if (IsBeingGenerated)
        {
            services.RemoveAll<IHostedService>();
        }

        return services;
    }
}

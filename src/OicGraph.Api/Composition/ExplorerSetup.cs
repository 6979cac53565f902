using OicGraph.Api.OpenApi;

namespace OicGraph.Api.Composition;

/// <summary>
/// Serves the explorer (src/OicGraph.Explorer, built into wwwroot by the build) at <c>/</c>. Vite names every asset
/// by its content hash, so assets are cached for a year and only index.html is revalidated. When the explorer was not
/// built (no npm on the build machine), <c>/</c> leads to Swagger as before and the log says why.
/// </summary>
internal static partial class ExplorerSetup
{
    public static WebApplication UseOicGraphExplorer(this WebApplication app)
    {
        if (app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles(new StaticFileOptions
            {
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                    context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                        ? "public, max-age=31536000, immutable"
                        : "no-cache",
            });
        }
        else
        {
            if (!BuildTimeDocument.IsBeingGenerated)
            {
                LogNotBuilt(app.Logger, Path.Combine(app.Environment.ContentRootPath, "wwwroot"));
            }

            app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The explorer is not built ({WebRoot} has no index.html): / leads to Swagger. Build with npm on the PATH to serve it.")]
    private static partial void LogNotBuilt(ILogger logger, string webRoot);
}

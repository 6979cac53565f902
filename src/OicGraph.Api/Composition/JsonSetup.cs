using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace OicGraph.Api.Composition;

internal static class JsonSetup
{
    /// <summary>camelCase, enums as names, and Arabic and Cyrillic written as themselves rather than \u escapes.</summary>
    public static IServiceCollection AddOicGraphJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            // Relaxed escaping: the API serves application/json, never HTML, so quotes and Arabic need no \u escapes.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
}

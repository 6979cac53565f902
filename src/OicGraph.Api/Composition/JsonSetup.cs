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
            // Enum members by name only: 999 is not a type, and 1 must not silently mean the second one.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            // Request bodies nest at most this deep (a deeper one is a 400); Cypher answers are written without this limit.
            options.SerializerOptions.MaxDepth = 64;
            // A repeated key is a 400, not a JsonObject that throws while it is built.
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
}

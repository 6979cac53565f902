using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace OicGraph.Api.Composition;

internal static class JsonSetup
{
    /// <summary>camelCase, enums as names, and Arabic and Cyrillic written as themselves rather than \u escapes.</summary>
    public static IServiceCollection AddOicGraphJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
}

using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using OicGraph.Api.Errors;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// The error contract, documented once: every problem has a <c>type</c> from <see cref="ProblemTypes"/> (an enum a client
/// can switch on, each value described), a title, the status, a detail and the trace id of the server's log.
/// </summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    private static readonly string[] AlwaysPresent = ["type", "title", "status", "detail", "traceId"];

    public static string Catalogue { get; } = BuildCatalogue();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema problem || !typeof(ProblemDetails).IsAssignableFrom(context.Type) && context.Type != typeof(HttpValidationProblemDetails))
        {
            return;
        }

        problem.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        problem.Properties["type"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uri-reference",
            Description = "What went wrong, as a URI a client can switch on:\n\n" + Catalogue,
            Enum = [.. ProblemTypes.All.Select(t => (JsonNode)JsonValue.Create(t.Uri))],
            Example = JsonValue.Create(ProblemTypes.NotFound.Uri),
        };
        problem.Properties["title"] = Text("A short summary of the problem type.", "Entity not found.");
        problem.Properties["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code.", Example = JsonValue.Create(404) };
        problem.Properties["detail"] = Text("What was wrong and where, for a person.", "No entity has the id 'atlantis'. List entities with GET /api/entities or search with ?q=.");
        problem.Properties["instance"] = Text("Unused: the request path identifies the occurrence.", null);
        problem.Properties["traceId"] = Text("Identifies the request in the server's log.", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        if (context.Type == typeof(HttpValidationProblemDetails))
        {
            problem.Required = new HashSet<string>([.. AlwaysPresent, "errors"], StringComparer.Ordinal);
            problem.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every message per field (query parameter or body field, camelCase).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
        else
        {
            problem.Required = new HashSet<string>(AlwaysPresent, StringComparer.Ordinal);
        }
    }

    private static OpenApiSchema Text(string description, string? example) =>
        new() { Type = JsonSchemaType.String, Description = description, Example = example is null ? null : JsonValue.Create(example) };

    private static string BuildCatalogue()
    {
        var text = new StringBuilder();
        foreach (var type in ProblemTypes.All)
        {
            text.Append("- `").Append(type.Uri).Append("` (").Append(type.Status).Append("): ").Append(type.Title).Append(". ").Append(type.Description).Append('\n');
        }

        return text.ToString();
    }
}

using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// Gives every route and query parameter its <see cref="DescriptionAttribute"/> text (which Swashbuckle does not read from
/// <c>[AsParameters]</c> records) and a working example from the seeded graph, so "Try it out" answers.
/// </summary>
internal sealed class ParameterExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, JsonNode> Examples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "kazakhstan",
        ["type"] = "Country",
        ["types"] = new JsonArray("Country", "City"),
        ["relationshipTypes"] = new JsonArray("MEMBER_OF", "CAPITAL_OF"),
        ["q"] = "Қазақстанның",
        ["document"] = "oic-interview-mussinov",
        ["direction"] = "both",
        ["depth"] = 1,
        ["offset"] = 0,
        ["limit"] = 20,
        ["from"] = "askar-mussinov",
        ["to"] = "saudi-arabia",
        ["maxDepth"] = 4,
        ["entity"] = "kazakhstan",
        ["format"] = "json",
        ["ids"] = new JsonArray("kazakhstan"),
    };

    /// <summary>Operations where a parameter name means something else than it does elsewhere.</summary>
    private static readonly Dictionary<(string Operation, string Parameter), JsonNode> Overrides = new()
    {
        [("GetEntityRelationships", "type")] = new JsonArray("MEMBER_OF"),
        [("ListRelationships", "type")] = new JsonArray("MEMBER_OF"),
        [("GetTimeline", "from")] = "1969",
        [("GetTimeline", "to")] = "2023",
        [("GetRelationship", "id")] = "kazakhstan--member-of--oic--since-1995",
        [("GetDocument", "id")] = "oic-interview-mussinov",
        // The document CreateDocument's example posts, so trying the two in order works and the seed stays whole.
        [("DeleteDocument", "id")] = ExampleIds.PostedDocument,
        [("GetAnnotatedDocument", "id")] = "oic-interview-mussinov",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var descriptions = context.ApiDescription.ParameterDescriptions
            .Select(p => (p.Name, Text: DescriptionOf(p.ParameterDescriptor)))
            .Where(p => p.Text is not null)
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Text!, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not { } name)
            {
                continue;
            }

            if (string.IsNullOrEmpty(parameter.Description))
            {
                parameter.Description = descriptions.GetValueOrDefault(name) ?? (name == "id" ? "Stable id of the resource." : null);
            }

            if (parameter.Example is null && (Overrides.GetValueOrDefault((operation.OperationId ?? "", name)) ?? Examples.GetValueOrDefault(name)) is { } example)
            {
                parameter.Example = example.DeepClone();
            }
        }
    }

    private static string? DescriptionOf(ParameterDescriptor? descriptor) => descriptor switch
    {
        IParameterInfoParameterDescriptor { ParameterInfo: var info } => info.GetCustomAttribute<DescriptionAttribute>()?.Description,
        _ => null,
    };
}

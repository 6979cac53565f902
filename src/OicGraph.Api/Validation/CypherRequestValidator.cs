using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using FluentValidation;
using OicGraph.Cypher;
using OicGraph.Api.Contracts;

namespace OicGraph.Api.Validation;

internal sealed partial class CypherRequestValidator : AbstractValidator<CypherRequest>
{
    public CypherRequestValidator()
    {
        RuleFor(r => r.Query).NotEmpty().WithMessage("Send a Cypher statement in 'query'.").MaximumLength(20_000).OverridePropertyName("query");
        RuleFor(r => r.RowLimit).InclusiveBetween(1, 10_000).OverridePropertyName("rowLimit");
        RuleFor(r => r.TimeoutSeconds).InclusiveBetween(1, 120).OverridePropertyName("timeoutSeconds");
        RuleFor(r => r.Parameters)
            .Must(p => p is null || p.All(pair => ParameterName().IsMatch(pair.Key)))
            .WithMessage("Parameter names are identifiers: letters, digits and '_', not starting with a digit.")
            .OverridePropertyName("parameters");
        RuleFor(r => r.Parameters)
            .Must(p => p is null || Depth(p) <= CypherLimits.MaxValueDepth)
            .WithMessage($"Parameter values nest lists and objects at most {CypherLimits.MaxValueDepth} levels deep.")
            .OverridePropertyName("parameters");
    }

    private static int Depth(JsonNode? node) => node switch
    {
        JsonObject map => 1 + map.Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonArray list => 1 + list.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,99}$")]
    private static partial Regex ParameterName();
}

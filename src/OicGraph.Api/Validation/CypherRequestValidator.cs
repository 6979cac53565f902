using System.Text.RegularExpressions;
using System.Text.Json;
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
            .Must(p => p is null || p.Values.All(v => Depth(v) <= CypherLimits.MaxValueDepth))
            .WithMessage($"Parameter values nest lists and objects at most {CypherLimits.MaxValueDepth} levels deep.")
            .Must(p => p is null || p.Values.All(Finite))
            .WithMessage("Parameter numbers must fit a 64-bit float (1e400 does not).")
            .OverridePropertyName("parameters");
    }

    private static int Depth(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + value.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static bool Finite(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().All(p => Finite(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().All(Finite),
        JsonValueKind.Number => value.TryGetInt64(out _) || double.IsFinite(value.GetDouble()),
        _ => true,
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,99}$")]
    private static partial Regex ParameterName();
}

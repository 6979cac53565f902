using FluentValidation;
using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Validation;

internal static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPaged
    {
        validator.RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).OverridePropertyName("offset");
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, Paging.MaxLimit).OverridePropertyName("limit");
    }

    public static bool BeKnownRelationshipTypes(string[]? types) =>
        types is null || RelationshipTypes.Split(types).All(t => RelationTypes.TryParse(t, out _));
}

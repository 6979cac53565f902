using FluentValidation;
using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Validation;

internal sealed class EntityListQueryValidator : AbstractValidator<EntityListQuery>
{
    public EntityListQueryValidator()
    {
        RuleFor(q => q.Type)
            .Must(t => t is null || NamedEnum.IsName<EntityType>(t))
            .WithMessage($"'{{PropertyValue}}' is not an entity type; use one of {string.Join(", ", Enum.GetNames<EntityType>())}.")
            .OverridePropertyName("type");
        RuleFor(q => q.Q)
            .MaximumLength(200)
            .Must(q => q is null || SearchKeys.ForQuery(q).Count > 0)
            .WithMessage("'q' has no letters or digits to search for once normalised; leave it out to list every entity.")
            .OverridePropertyName("q");
        RuleFor(q => q.Document).MaximumLength(200).OverridePropertyName("document");
        this.AddPagingRules();
    }
}

internal sealed class EntityRelationshipsQueryValidator : AbstractValidator<EntityRelationshipsQuery>
{
    public EntityRelationshipsQueryValidator()
    {
        RuleFor(q => q.Direction)
            .Must(d => d is null || NamedEnum.IsName<Direction>(d))
            .WithMessage("'{PropertyValue}' is not a direction; use both, outgoing or incoming.")
            .OverridePropertyName("direction");
        RuleFor(q => q.Type)
            .Must(PagingRules.BeKnownRelationshipTypes)
            .WithMessage(RelationshipTypes.UnknownMessage)
            .OverridePropertyName("type");
        this.AddPagingRules();
    }
}

internal sealed class RelationshipListQueryValidator : AbstractValidator<RelationshipListQuery>
{
    public RelationshipListQueryValidator()
    {
        RuleFor(q => q.Type)
            .Must(PagingRules.BeKnownRelationshipTypes)
            .WithMessage(RelationshipTypes.UnknownMessage)
            .OverridePropertyName("type");
        RuleFor(q => q.Document).MaximumLength(200).OverridePropertyName("document");
        this.AddPagingRules();
    }
}

internal sealed class NeighborsQueryValidator : AbstractValidator<NeighborsQuery>
{
    public NeighborsQueryValidator()
    {
        RuleFor(q => q.Depth).InclusiveBetween(1, 3).OverridePropertyName("depth");
        RuleFor(q => q.Limit).InclusiveBetween(1, 2000).OverridePropertyName("limit");
    }
}

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator() => this.AddPagingRules();
}

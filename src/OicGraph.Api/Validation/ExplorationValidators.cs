using FluentValidation;
using OicGraph.Ingestion;
using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Validation;

internal sealed class PathQueryValidator : AbstractValidator<PathQuery>
{
    public PathQueryValidator()
    {
        RuleFor(q => q.From).NotEmpty().WithMessage("Name the entity id the paths start from in 'from'.").OverridePropertyName("from");
        RuleFor(q => q.To).NotEmpty().WithMessage("Name the entity id the paths end at in 'to'.").OverridePropertyName("to");
        RuleFor(q => q.MaxDepth).InclusiveBetween(1, 6).OverridePropertyName("maxDepth");
        RuleFor(q => q.Limit).InclusiveBetween(1, 100).OverridePropertyName("limit");
    }
}

internal sealed class GraphExportQueryValidator : AbstractValidator<GraphExportQuery>
{
    public GraphExportQueryValidator()
    {
        RuleFor(q => q.Types)
            .Must(t => RelationshipTypes.Split(t).All(type => NamedEnum.IsName<EntityType>(type)))
            .WithMessage($"Entity types are {string.Join(", ", Enum.GetNames<EntityType>())}.")
            .OverridePropertyName("types");
        RuleFor(q => q.RelationshipTypes)
            .Must(PagingRules.BeKnownRelationshipTypes)
            .WithMessage(RelationshipTypes.UnknownMessage)
            .OverridePropertyName("relationshipTypes");
        RuleFor(q => q.Ids).Must(ids => RelationshipTypes.Split(ids).Count <= 100).WithMessage("At most 100 ids.").OverridePropertyName("ids");
        RuleFor(q => q.Depth).InclusiveBetween(0, 3).OverridePropertyName("depth");
        RuleFor(q => q.Limit).InclusiveBetween(1, 10_000).OverridePropertyName("limit");
        RuleFor(q => q.Format)
            .Must(f => f is null || GraphFormats.All.Contains(f, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'{{PropertyValue}}' is not a format; use one of {string.Join(", ", GraphFormats.All)}.")
            .OverridePropertyName("format");
    }
}

internal sealed class TimelineQueryValidator : AbstractValidator<TimelineQuery>
{
    public TimelineQueryValidator()
    {
        RuleFor(q => q.From).Must(DocumentRules.BeAnIsoDate).WithMessage(DocumentRules.DateMessage).OverridePropertyName("from");
        RuleFor(q => q.To).Must(DocumentRules.BeAnIsoDate).WithMessage(DocumentRules.DateMessage).OverridePropertyName("to");
        RuleFor(q => q)
            .Must(q => q.From is null || q.To is null || string.CompareOrdinal(q.From, q.To) <= 0)
            .WithMessage("'from' must not be after 'to'.")
            .OverridePropertyName("from");
    }
}

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(q => q.Q)
            .NotEmpty().WithMessage("Say what to look for in 'q'.")
            .MaximumLength(200)
            .Must(q => string.IsNullOrEmpty(q) || SearchKeys.ForQuery(q).Count > 0)
            .WithMessage("'q' has no letters or digits to search for once normalised.")
            .OverridePropertyName("q");
        RuleFor(q => q.Type)
            .Must(t => t is null || NamedEnum.IsName<EntityType>(t))
            .WithMessage($"'{{PropertyValue}}' is not an entity type; use one of {string.Join(", ", Enum.GetNames<EntityType>())}.")
            .OverridePropertyName("type");
        this.AddPagingRules();
    }
}

internal static class GraphFormats
{
    public const string Json = "json";
    public const string Cytoscape = "cytoscape";
    public const string GraphMl = "graphml";
    public const string Csv = "csv";
    public const string CsvNodes = "csv-nodes";
    public const string CsvEdges = "csv-edges";

    public static IReadOnlyList<string> All { get; } = [Json, Cytoscape, GraphMl, Csv, CsvNodes, CsvEdges];
}

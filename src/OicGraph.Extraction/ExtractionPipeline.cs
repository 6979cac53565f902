using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;

namespace OicGraph.Extraction;

/// <summary>
/// Runs the extraction steps in order. <see cref="CreateDefault"/> declares the algorithm: the order below is the only
/// place it is written down.
/// </summary>
public sealed class ExtractionPipeline : IEntityExtractor
{
    private readonly ExtractionResources _resources;
    private readonly IReadOnlyList<IExtractionStep> _steps;

    internal ExtractionPipeline(ExtractionResources resources, IReadOnlyList<IExtractionStep> steps)
    {
        _resources = resources;
        _steps = steps;
    }

    internal IReadOnlyList<string> StepNames => [.. _steps.Select(s => s.Name)];

    /// <summary>The pipeline with the reference data compiled once per process; thread-safe.</summary>
    public static IEntityExtractor CreateDefault() => Default.Value;

    /// <summary>
    /// The labeller built into the assembly. A build without it refuses to extract, as without the reference data: the
    /// rules alone would quietly read unseen news far worse (ORG, EVT) than the figures the project states.
    /// </summary>
    internal static readonly Lazy<SequenceModel> EmbeddedModel = new(() => EmbeddedModels.Load(EmbeddedModels.Entities));

    private static readonly Lazy<ExtractionPipeline> Default = new(() => new ExtractionPipeline(ExtractionResources.Shared, DefaultSteps(EmbeddedModel.Value)));

    /// <summary>The pipeline with <paramref name="model"/> as its labeller (none: the rules alone), for training and evaluation.</summary>
    public static IEntityExtractor WithLabeller(SequenceModel? model) => new ExtractionPipeline(ExtractionResources.Shared, DefaultSteps(model));

    internal static IReadOnlyList<IExtractionStep> DefaultSteps() => DefaultSteps(EmbeddedModel.Value);

    internal static IReadOnlyList<IExtractionStep> DefaultSteps(SequenceModel? model) =>
    [
        new NormalizeTextStep(),
        new SplitWordsStep(),
        new DocumentDateStep(),
        new QuotedNameStep(),
        new DateStep(),
        new PersonPatternStep(),
        new GazetteerStep(),
        new PersonStep(),
        new PlaceHeadStep(),
        new EventStep(),
        new IncidentStep(),
        new InitiativeStep(),
        new OrganizationStep(),
        .. model is null ? Array.Empty<IExtractionStep>() : [new EntityLabelStep(model)],
        new LinkRelationsStep(),
    ];

    public ExtractionResult Extract(ExtractionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ExtractionContext(input, _resources, cancellationToken);
        foreach (var step in _steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            step.Run(context);
        }

        return BuildResult.From(context);
    }
}

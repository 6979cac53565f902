namespace OicGraph.Extraction;

/// <summary>One named stage of the pipeline; reads and adds to the per-call <see cref="ExtractionContext"/>.</summary>
internal interface IExtractionStep
{
    string Name { get; }

    void Run(ExtractionContext context);
}

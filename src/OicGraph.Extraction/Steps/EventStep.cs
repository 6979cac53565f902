namespace OicGraph.Extraction.Steps;

internal sealed class EventStep : IExtractionStep
{
    public string Name => "events";

    public void Run(ExtractionContext context)
    {
    }
}

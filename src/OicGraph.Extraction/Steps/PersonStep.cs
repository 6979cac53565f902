namespace OicGraph.Extraction.Steps;

internal sealed class PersonStep : IExtractionStep
{
    public string Name => "people";

    public void Run(ExtractionContext context)
    {
    }
}

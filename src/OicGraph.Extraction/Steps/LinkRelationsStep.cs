namespace OicGraph.Extraction.Steps;

internal sealed class LinkRelationsStep : IExtractionStep
{
    public string Name => "relations";

    public void Run(ExtractionContext context)
    {
    }
}

namespace OicGraph.Extraction.Steps;

internal sealed class OrganizationStep : IExtractionStep
{
    public string Name => "organizations";

    public void Run(ExtractionContext context)
    {
    }
}

namespace OicGraph.Extraction.Steps;

internal sealed class InitiativeStep : IExtractionStep
{
    public string Name => "initiatives";

    public void Run(ExtractionContext context)
    {
    }
}

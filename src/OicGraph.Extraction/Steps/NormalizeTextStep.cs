using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>Normalises the script (doc §1.6) keeping a map back to the input's offsets.</summary>
internal sealed class NormalizeTextStep : IExtractionStep
{
    public string Name => "normalize-text";

    public void Run(ExtractionContext context) => context.Normalized = KazakhNormalizer.Normalize(context.Input.Text);
}

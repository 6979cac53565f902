using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction;

/// <summary>Reads Kazakh Arabic-script text and returns the entities and relationships it states, each with its span.</summary>
public interface IEntityExtractor
{
    /// <summary>Extracts from <paramref name="input"/>; pure and thread-safe.</summary>
    ExtractionResult Extract(ExtractionInput input, CancellationToken cancellationToken = default);
}

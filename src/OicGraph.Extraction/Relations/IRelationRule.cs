namespace OicGraph.Extraction.Relations;

/// <summary>One relation rule, applied to every sentence in order with what the recognisers found in it.</summary>
internal interface IRelationRule
{
    string Name { get; }

    void Apply(SentenceFacts facts);
}

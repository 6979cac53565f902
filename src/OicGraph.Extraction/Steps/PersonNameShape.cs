namespace OicGraph.Extraction.Steps;

/// <summary>
/// What a word key is as part of a personal name. People-patterns asks it of every word of every document, and the
/// surname test walks every stem of the word against every ending (a dozen stems, five endings), while a document's words
/// are mostly the same few thousand keys: so it is worked out once per key and kept (KeyFacts, ExtractionResources.FactsOf).
/// </summary>
[Flags]
internal enum PersonNameShape : byte
{
    None = 0,
    FirstName = 1,
    RussianSurname = 2,
}

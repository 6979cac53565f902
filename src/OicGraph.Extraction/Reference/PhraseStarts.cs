namespace OicGraph.Extraction.Reference;

/// <summary>The gazetteers in which a phrase may start at a word (<see cref="ExtractionResources.PhraseStartsOf"/>).</summary>
[Flags]
internal enum PhraseStarts : byte
{
    None = 0,
    Entity = 1,
    Title = 2,
    Post = 4,
}

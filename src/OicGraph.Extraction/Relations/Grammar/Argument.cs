namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// A mention as an argument: its case (read on the head noun after it when there is one: Польшаның Гливице
/// <u>қаласында</u>), the last word of the phrase, whether it carries the possessive, and whether it only modifies the
/// noun after it (Украина Президенті, Ресей делегациясы), which makes it nobody's subject.
/// </summary>
internal sealed record Argument(MentionDraft Mention, GrammaticalCase Case, bool Possessive, int End, bool Modifier)
{
    public EntityDraft Entity => Mention.Entity;

    public int First => Mention.First;
}

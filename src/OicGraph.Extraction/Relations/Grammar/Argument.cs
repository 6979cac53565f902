using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// A mention as an argument: its case (read on the head noun after it when there is one: Польшаның Гливице
/// <u>қаласында</u>), the last word of the phrase, whether it carries the possessive, and whether it only modifies the
/// noun after it (Украина Президенті, Ресей делегациясы), which makes it nobody's subject.
/// </summary>
internal sealed record Argument(MentionDraft Mention, GrammaticalCase Case, bool Possessive, int End, bool Modifier, bool EventNamed = false)
{
    public EntityDraft Entity => Mention.Entity;

    /// <summary>
    /// The kind of thing the phrase names: its entity's type, except that an organisation's name ending in an event noun
    /// (Бас Ассамблеясының сессиясына, Кеңесінің отырысы, Одағының фестивалінде) names the event, as its head says.
    /// </summary>
    public EntityType Type => EventNamed ? EntityType.Event : Mention.Entity.Type;

    public int First => Mention.First;
}

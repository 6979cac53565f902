using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Extraction.Steps;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "Алматыда Еуразиялық үкіметаралық кеңесінің отырысы": a labelled organisation or event whose first word is a known
/// place in the locative, ablative or dative is two phrases, since the words inside a name are bare or genitive; the
/// place is split off with its case, so the relation rules read where the body meets. Runs after the labeller.
/// </summary>
internal static class PlaceInNameSplit
{
    public static void Apply(ExtractionContext context)
    {
        foreach (var mention in context.Mentions.Where(m => m.Entity.Type is EntityType.Organization or EntityType.Event && m.Last > m.First).ToList())
        {
            if (context.Resources.EntityAt(context.Words, mention.First, mention.First + 1) is not { } place || place.Last != mention.First
                || CaseEndings.Of(place.Suffix) is not (GrammaticalCase.Locative or GrammaticalCase.Ablative or GrammaticalCase.Dative)
                || place.Values.FirstOrDefault(v => v.Type is EntityType.City or EntityType.Country or EntityType.Region) is not { } entry)
            {
                continue;
            }

            context.RemoveMention(mention);
            context.AddMention(mention.First, mention.First, GazetteerStep.FromReference(context, entry), place.Suffix);
            var cls = mention.Entity.Type == EntityType.Event ? LabelClasses.Event : LabelClasses.Organization;
            var (rest, suffix) = LabelledNames.For(context, cls, mention.First + 1, mention.Last);
            context.AddMention(mention.First + 1, mention.Last, rest, suffix);
        }
    }
}

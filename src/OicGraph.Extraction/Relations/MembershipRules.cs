using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "X ... ұйымға мүшелікке енді" (joined), "бақылаушы ел мәртебесіне ие" (observer), "ұйымға төрағалық етті" (chaired):
/// the countries of the sentence that are not in the genitive (Кеңес Одағының мемлекеттері is not a subject), with the
/// organisation named or referred to, and the sentence's year.
/// </summary>
internal abstract class MembershipRuleBase(RelationType type, string property, params string[] cues) : IRelationRule
{
    private static readonly string[] Negations = Lexicon.Keys("жоқ", "қалап", "емес");
    private readonly string[] _cues = Lexicon.Keys(cues);

    public string Name => type.ToString();

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Country) || !facts.Has(_cues) || facts.Has(Negations))
        {
            return;
        }

        var organization = facts.Organizations(m => !SentenceFacts.IsGenitive(m) || m.Entity.Id == "oic").FirstOrDefault(IsInternational);
        if (organization is null)
        {
            return;
        }

        var year = facts.PointDate?.Properties["value"][..4];
        foreach (var country in facts.OfType(EntityType.Country).Where(m => !SentenceFacts.IsGenitive(m) || type == RelationType.Chaired))
        {
            facts.Relate(type, country.Entity, organization, (property, year));
        }
    }

    private static bool IsInternational(EntityDraft organization) =>
        !organization.Id.EndsWith("-kz", StringComparison.Ordinal) && !organization.Id.StartsWith("ministry", StringComparison.Ordinal);
}

internal sealed class MembershipRule() : MembershipRuleBase(RelationType.MemberOf, "since", "мүшелікке", "мүше болды", "мүшесі болды");

internal sealed class ObserverRule() : MembershipRuleBase(RelationType.ObserverOf, "since", "бақылаушы");

internal sealed class ChairRule() : MembershipRuleBase(RelationType.Chaired, "year", "төрағалық");

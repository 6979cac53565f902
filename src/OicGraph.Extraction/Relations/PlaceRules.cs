using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>"بانگلادەش استاناسى داككادا": country, "астанасы" (its capital), city.</summary>
internal sealed class CapitalRule : IRelationRule
{
    private static readonly string Capital = Lexicon.Key("астана");

    public string Name => "CapitalOf";

    public void Apply(SentenceFacts facts)
    {
        var words = facts.Context.Words;
        for (var k = 0; k + 1 < facts.Mentions.Count; k++)
        {
            var (country, city) = (facts.Mentions[k], facts.Mentions[k + 1]);
            if (country.Entity.Type == EntityType.Country && city.Entity.Type == EntityType.City && city.First == country.Last + 2
                && words[country.Last + 1].Key.StartsWith(Capital, StringComparison.Ordinal))
            {
                facts.Relate(RelationType.CapitalOf, city.Entity, country.Entity);
            }
        }
    }
}

/// <summary>
/// A region or body and the whole it belongs to named in one sentence that speaks of belonging (رەسەيدىڭ قۇرامىنداعى ...
/// تاتارستان: in the composition of; اتالعان ۇيىمدا ... ءبولىم: a department in), when the reference data says it belongs
/// there. Naming both is not enough: "Батыс Қазақстан облысы ... Қазақстанда" says nothing of one being part of the other.
/// </summary>
internal sealed class PartOfRule : IRelationRule
{
    private static readonly string[] Belonging = Lexicon.Keys("құрам", "бөлім");

    public string Name => "PartOf";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Mentions.Count + facts.Referenced.Count < 2 || !(facts.Names(EntityType.Region) || facts.Names(EntityType.Organization)) || !facts.Has(Belonging))
        {
            return;
        }

        var named = facts.Mentions.Select(m => m.Entity).Concat(facts.Referenced).Distinct().ToList();
        foreach (var part in named.Where(e => e.Type is EntityType.Region or EntityType.Organization))
        {
            foreach (var whole in named)
            {
                if (facts.Context.Resources.IsPartOf(part.Id, whole.Id))
                {
                    facts.Relate(RelationType.PartOf, part, whole);
                }
            }
        }
    }
}

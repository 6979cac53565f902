using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>"يەرۋساليمدەگى ءال-اقسا مەشىتى": a place in the locative + -ғы/-гі right before a place or body is where it is.</summary>
internal sealed class LocatedInRule : IRelationRule
{
    private static readonly string[] Attributive = ["داعى", "دەگى", "تاعى", "تەگى"];

    public string Name => "LocatedIn";

    public void Apply(SentenceFacts facts)
    {
        for (var k = 0; k + 1 < facts.Mentions.Count; k++)
        {
            var (where, what) = (facts.Mentions[k], facts.Mentions[k + 1]);
            if (what.First == where.Last + 1 && where.Entity.Type is EntityType.City or EntityType.Country or EntityType.Region
                && what.Entity.Type is EntityType.Place or EntityType.Organization
                && Attributive.Any(s => where.Suffix.EndsWith(s, StringComparison.Ordinal)))
            {
                facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
            }
        }
    }
}

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
/// A region or body and the whole it belongs to named in one sentence (رەسەيدىڭ قۇرامىنداعى ... تاتارستان;
/// اتالعان ۇيىمدا ... ءبولىم), when the reference data says it belongs there.
/// </summary>
internal sealed class PartOfRule : IRelationRule
{
    public string Name => "PartOf";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Mentions.Count + facts.Referenced.Count < 2 || !(facts.Names(EntityType.Region) || facts.Names(EntityType.Organization)))
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

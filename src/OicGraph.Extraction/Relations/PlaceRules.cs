using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// "بانگلادەش استاناسى داككادا": country, "астанасы" or "елордасы" (its capital), city (after a dash too: Түркияның
/// астанасы — Анкара); and the city first, in apposition: "Бішкек — Қырғызстанның астанасы", "Каир қаласы Мысырдың
/// астанасы".
/// </summary>
internal sealed class CapitalRule : IRelationRule
{
    /// <summary>The nouns for a capital (астана, елорда), as match-key stems.</summary>
    internal static readonly string[] Capital = Lexicon.Keys("астана", "елорда");

    public string Name => "CapitalOf";

    public void Apply(SentenceFacts facts)
    {
        var words = facts.Context.Words;
        for (var k = 0; k + 1 < facts.Mentions.Count; k++)
        {
            var (country, city) = (facts.Mentions[k], facts.Mentions[k + 1]);
            // Түркия елінің астанасы Анкара: the country's own head noun (елі, елінің) may stand before "астанасы".
            var capital = country.Last + 1 < city.First && facts.Context.OwnerOf(country.Last + 1) is null && Lexicon.IsAny(words[country.Last + 1].Key, CountryNouns)
                ? country.Last + 2
                : country.Last + 1;
            // Мысырдың бас қаласы Каир: "бас қаласы" (its main city) is two words for its capital.
            var main = MainCities.IsMainCity(words, capital) ? 1 : 0;
            var dash = city.First == capital + main + 2 && !words[capital + main + 1].IsWord && words[capital + main + 1].Text is "—" or "–" or "-";
            if (country.Entity.Type == EntityType.Country && city.Entity.Type == EntityType.City && (city.First == capital + main + 1 || dash)
                && (main == 1 || IsCapital(words[capital])) && Asserted(facts, city.Last + 1) && !Left(facts, city))
            {
                facts.Relate(RelationType.CapitalOf, city.Entity, country.Entity);
            }
        }

        foreach (var city in facts.Mentions.Where(m => m.Entity.Type == EntityType.City))
        {
            var k = city.Last + 1;
            k += k < facts.Sentence.EndWord && words[k].Key.StartsWith(CityWord, StringComparison.Ordinal) && facts.Context.OwnerOf(k) is null ? 1 : 0;
            k += k < facts.Sentence.EndWord && !words[k].IsWord && words[k].Text is "—" or "–" or "-" ? 1 : 0;
            if (k < facts.Sentence.EndWord && facts.Context.OwnerOf(k) is { Entity.Type: EntityType.Country } country && country.First == k
                && SentenceFacts.IsGenitive(country) && country.Last + 1 < facts.Sentence.EndWord
                && IsCapital(words[country.Last + 1]) && facts.Context.OwnerOf(country.Last + 1) is null
                && Asserted(facts, country.Last + 2))
            {
                facts.Relate(RelationType.CapitalOf, city.Entity, country.Entity);
            }
        }
    }

    // Қазақстанның астанасы Алматыдан Ақмолаға көшірілді: the capital moved from the city in the ablative, which is no
    // longer it.
    private static bool Left(SentenceFacts facts, MentionDraft city) =>
        facts.Grammar.ArgumentStartingAt(city.First) is { Case: Relations.Grammar.GrammaticalCase.Ablative };

    private static readonly string CityWord = Lexicon.Key("қала");
    private static readonly string[] CountryNouns = Lexicon.Keys("елі", "елінің", "мемлекетінің");

    // Астанасы, елордасы; a city named Астана is a mention, so never a free word here.
    internal static bool IsCapital(Word word) => word.IsWord && Lexicon.StartsWithAny(word.Key, Capital);

    // Астана — Қазақстанның астанасы емес: what the words after it say (емес, жоқ, ... болуы мүмкін) denies or doubts it.
    private static bool Asserted(SentenceFacts facts, int from) =>
        Relations.Grammar.Modality.OfRest(facts.Context.Words, Math.Min(from, facts.Sentence.EndWord), facts.Sentence.EndWord) is Relations.Grammar.Assertion.Stated;
}

/// <summary>
/// A region or body and the whole it belongs to named in one sentence that speaks of belonging (رەسەيدىڭ قۇرامىنداعى ...
/// تاتارستان: in the composition of; اتالعان ۇيىمدا ... ءبولىم: a department in), when the reference data says it belongs
/// there. Naming both is not enough: "Батыс Қазақстан облысы ... Қазақстанда" says nothing of one being part of the other.
/// Without the reference data, two phrases say it by their grammar: a body's unit named right after the body in the
/// genitive (Қаржы министрлігінің Мемлекеттік кірістер комитеті: a committee, department, board, division, branch or
/// inspectorate of it), and "X-тың құрамындағы Y" / "X-тың құрамына кіретін Y" (Y in the composition of X).
/// </summary>
internal sealed class PartOfRule : IRelationRule
{
    private static readonly string[] Belonging = Lexicon.Keys("құрам", "бөлім");

    // The nouns of a body's own units; a unit's name ends in one, possessed (комитеті, департаментінің).
    private static readonly string[] Units = Lexicon.Keys("комитет", "департамент", "басқарма", "бөлім", "филиал", "инспекция");

    private static readonly string[] Composition = Lexicon.Keys("құрамындағы");
    private static readonly string CompositionDative = Lexicon.Key("құрамына");
    private static readonly string[] Entering = Lexicon.Keys("кіретін", "енетін", "кірген", "енген");

    public string Name => "PartOf";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Mentions.Count >= 2 && (facts.Names(EntityType.Organization) || facts.Names(EntityType.Region)))
        {
            Phrases(facts, facts.Grammar);
        }

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

    private static void Phrases(SentenceFacts facts, SentenceGrammar grammar)
    {
        var arguments = grammar.Arguments;
        for (var k = 0; k + 1 < arguments.Count; k++)
        {
            var (whole, part) = (arguments[k], arguments[k + 1]);
            if (whole.Case != GrammaticalCase.Genitive || part.Entity == whole.Entity)
            {
                continue;
            }

            // Қаржы министрлігінің Мемлекеттік кірістер комитеті: the unit right after its body.
            if (part.First == whole.End + 1 && whole.Entity.Type == EntityType.Organization && part.Entity.Type == EntityType.Organization
                && IsUnit(grammar.Word(part.Mention.Last).Key) && !IsUnit(grammar.Word(whole.Mention.Last).Key))
            {
                // ... комитеті құрылуы керек: a unit yet to be made is no part of it.
                if (Modality.OfRest(facts.Context.Words, part.End + 1, grammar.Sentence.EndWord) == Assertion.Stated)
                {
                    facts.Relate(RelationType.PartOf, part.Entity, whole.Entity);
                }

                continue;
            }

            // Ресейдің құрамындағы Татарстан, ... құрамына кіретін X: the part after the composition word.
            var after = whole.End + 1;
            var at = after < grammar.Sentence.EndWord && Lexicon.IsAny(grammar.Word(after).Key, Composition) ? after + 1
                : after + 1 < grammar.Sentence.EndWord && grammar.Word(after).Key == CompositionDative && Lexicon.IsAny(grammar.Word(after + 1).Key, Entering) ? after + 2
                : -1;
            if (at > 0 && part.First == at && whole.Entity.Type is EntityType.Organization or EntityType.Country or EntityType.Region
                && part.Entity.Type is EntityType.Organization or EntityType.Region
                && Modality.OfRest(facts.Context.Words, part.End + 1, grammar.Sentence.EndWord) == Assertion.Stated)
            {
                facts.Relate(RelationType.PartOf, part.Entity, whole.Entity);
            }
        }
    }

    // A unit named as such (... комитеті), not a body whose name merely holds the word.
    private static bool IsUnit(string key) =>
        Units.Any(u => key.StartsWith(u, StringComparison.Ordinal) && CaseEndings.IsInflection(key[u.Length..]) && CaseEndings.IsPossessive(key[u.Length..]) && !HeadNouns.IsPlural(key[u.Length..]));
}

using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// LOCATED_IN from the phrases Kazakh uses to place one thing in another:
/// the attributive locative (Семейдегі зауыт, Еуропадағы Венгрия: the one in), the possessor of a place noun
/// (Польшаның Гливице қаласы, Қарағанды облысының Шет ауданы, Ресейдің Оңтүстік Орал өңірі), an address in apposition
/// (Түркістан облысы Төле би ауданы), "Y-ға қарасты X" (X under Y), "X Y-да орналасқан" (X is located in Y), and "X —
/// Y-дағы ірі қала" (X is a big city in Y).
/// An event in the attributive locative is HELD_IN there (Астанадағы саммит).
/// </summary>
internal sealed class LocationRule : IRelationRule
{
    private static readonly string Subordinate = Lexicon.Key("қарасты");
    private static readonly string[] Headquarters = Lexicon.Keys("бас кеңсесі", "кеңсесі", "штаб-пәтері", "орталық кеңсесі");

    public string Name => "LOCATED_IN";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Mentions.Count < 2)
        {
            return;
        }

        var grammar = facts.Grammar;
        var arguments = grammar.Arguments;
        for (var k = 0; k + 1 < arguments.Count; k++)
        {
            var (where, what) = (arguments[k], arguments[k + 1]);
            if (what.First == where.End + 2 && IsComma(grammar.Word(where.End + 1))
                && (Address(grammar, where, what) || CityAddress(grammar, where, what)))
            {
                // Алматы облысы, Қарасай ауданында: an address written with a comma, larger unit first.
                facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
                continue;
            }

            // Ақтөбедегі «Шағала» шипажайы: a quoted name with its kind noun after it is one phrase, the one in the place.
            var quoted = what.First == where.End + 2 && IsOpeningQuote(grammar.Word(where.End + 1)) && where.Case == GrammaticalCase.LocativeAttributive
                && what.Mention.Last + 2 < grammar.Sentence.EndWord && IsClosingQuote(grammar.Word(what.Mention.Last + 1))
                && (what.End > what.Mention.Last || (grammar.Word(what.End + 2).IsWord && grammar.ArgumentAt(what.End + 2) is null));
            if (what.First != where.End + 1 && !quoted)
            {
                // Ресейдің Оңтүстік Орал өңірі: an adjective may stand between a possessor and its place; Қазақстанның астанасы
                // Астана қаласы is its capital, which CapitalRule says.
                if (what.First - where.End <= 3 && OwnsPlace(grammar, where, what) && FreeWords(grammar, where.End + 1, what.First - 1) && FitsPhrase(grammar, what, where)
                    && !CapitalRule.IsCapital(grammar.Word(where.End + 1)))
                {
                    facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
                }

                continue;
            }

            // Қарағандыдағы Ішкі істер министрлігі академиясы: the place belongs to the phrase's head, not to its modifier.
            if (where.Case == GrammaticalCase.LocativeAttributive && IsArea(where.Entity) && (quoted || !(what.Modifier && what.Case == GrammaticalCase.Nominative)))
            {
                if (what.Type == EntityType.Event)
                {
                    facts.Relate(RelationType.HeldIn, what.Entity, where.Entity);
                }
                else if (FitsPhrase(grammar, what, where))
                {
                    facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
                }
            }
            else if (OwnsPlace(grammar, where, what) && FitsPhrase(grammar, what, where) && !Counted(grammar, what))
            {
                facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
            }
        }

        Subordinates(facts, grammar);
        Located(facts, grammar);
        Described(facts, grammar);
        Listed(facts, grammar);
    }

    // Атырау облысының Махамбет және Индер аудандарында, Балқаш ауданындағы Бақбақты, Бірлік, Ақдала ауылдары: names
    // listed after their whole (in the genitive or -дағы, or named with its own place noun) and before one plural place
    // noun, each of them in the whole.
    private static void Listed(SentenceFacts facts, SentenceGrammar grammar)
    {
        foreach (var whole in grammar.Arguments.Where(a => IsArea(a.Entity)
            && (a.Case is GrammaticalCase.Genitive or GrammaticalCase.LocativeAttributive || a.Case == GrammaticalCase.Nominative && a.End > a.Mention.Last)))
        {
            var members = new List<Argument>();
            var k = whole.End + 1;
            // The last name carries the plural noun's case (Индер аудандарында), the others are bare.
            while (grammar.ArgumentStartingAt(k) is { } member && (member.End > member.Mention.Last || member.Case == GrammaticalCase.Nominative))
            {
                members.Add(member);
                k = member.End + 1;
                if (member.End > member.Mention.Last)
                {
                    break;
                }

                if (k + 1 >= grammar.Sentence.EndWord || !SentenceGrammar.IsConjunction(grammar.Word(k)))
                {
                    break;
                }

                k++;
            }

            var head = members.Count < 2 ? grammar.Sentence.EndWord : members[^1].End > members[^1].Mention.Last ? members[^1].End : members[^1].End + 1;
            if (head >= grammar.Sentence.EndWord || grammar.ArgumentAt(head) is { } owner && owner != members[^1] || !HeadNouns.IsPlural(grammar.Word(head).Key)
                || HeadNouns.PlaceRank(grammar.Word(head).Key) is not { } rank || HeadNouns.EndingAfter(grammar.Word(head).Key, EntityType.Region) is not { } ending
                || !CaseEndings.IsPossessive(ending))
            {
                continue;
            }

            // A whole with its own place noun is no smaller than the parts its plural noun names (a city's districts are its own).
            if (HeadNouns.PlaceRank(grammar.Word(whole.End).Key) is { } wholeRank && wholeRank < rank)
            {
                continue;
            }

            foreach (var member in members.Where(m => m.Entity.Type is EntityType.City or EntityType.Region or EntityType.Place && m.Entity != whole.Entity))
            {
                facts.Relate(RelationType.LocatedIn, member.Entity, whole.Entity);
            }
        }
    }

    // Шымкент — Түркістан облысындағы ірі қала: the place, a dash, then "a city (village, district) in" the whole.
    private static void Described(SentenceFacts facts, SentenceGrammar grammar)
    {
        var arguments = grammar.Arguments;
        for (var k = 0; k + 1 < arguments.Count; k++)
        {
            var (what, where) = (arguments[k], arguments[k + 1]);
            // Шымкент — Қазақстанның оңтүстігіндегі ірі қала: the whole in the genitive before a part of it (its south) in -дегі.
            var end = where.Case == GrammaticalCase.Genitive && IsPartIn(grammar, where.End + 1) ? where.End + 1 : where.End;
            if (what.Case != GrammaticalCase.Nominative || where.First != what.End + 2 || !IsDash(grammar.Word(what.End + 1))
                || (where.Case != GrammaticalCase.LocativeAttributive && end == where.End) || !IsArea(where.Entity) || !Fits(what.Entity, where.Entity))
            {
                continue;
            }

            for (var n = end + 1; n < grammar.Sentence.EndWord && n <= end + 3 && grammar.Word(n).IsWord && grammar.ArgumentAt(n) is null; n++)
            {
                if (HeadNouns.PlaceRank(grammar.Word(n).Key) is not null && Modality.OfRest(facts.Context.Words, n + 1, grammar.Sentence.EndWord) == Assertion.Stated)
                {
                    facts.Relate(RelationType.LocatedIn, what.Entity, where.Entity);
                    break;
                }
            }
        }
    }

    private static bool IsDash(Word word) => !word.IsWord && word.Text is "—" or "–" or "-";

    private static bool IsPartIn(SentenceGrammar grammar, int k) =>
        k < grammar.Sentence.EndWord && grammar.Word(k).IsWord && grammar.ArgumentAt(k) is null && Lexicon.StartsWithAny(grammar.Word(k).Key, PlaceParts)
        && CaseEndings.Of(grammar.Word(k).Key) == GrammaticalCase.LocativeAttributive;

    private static bool IsOpeningQuote(Word word) => !word.IsWord && word.Text is "«" or "“" or "\"";

    private static bool IsClosingQuote(Word word) => !word.IsWord && word.Text is "»" or "”" or "\"";

    // Польшаның Гливице қаласы / Түркістан облысы Төле би ауданы: a place noun with the possessive, its whole before it.
    // Алматы облысы Қарасай ауданы: a bare unit with its place noun before another is the address's larger part; a
    // smaller one first (Қарасай ауданы Алматы облысында орналасқан) is the clause's subject, placed by its verb.
    private static bool OwnsPlace(SentenceGrammar grammar, Argument where, Argument what) =>
        what.Possessive && HeadNouns.IsPossessivePlaceHead(grammar.Word(what.End).Key) && !HeadNouns.IsPlural(grammar.Word(what.End).Key)
        && (where.Case == GrammaticalCase.Genitive
            || (where.Case == GrammaticalCase.Nominative && HeadNouns.IsPossessivePlaceHead(grammar.Word(where.End).Key)
                && !(HeadNouns.PlaceRank(grammar.Word(where.End).Key) < HeadNouns.PlaceRank(grammar.Word(what.End).Key))));

    // A unit named with its place noun in the nominative, then a smaller one with its own (облысы, ауданы; қаласы, ауданы):
    // Павлодар облысы, Ақтөбе облысы is a list, not an address, and so, as often, is "облысы, X қаласы" (cities of
    // republican rank are listed beside the regions), so the smaller unit is a district or a village.
    // A village is named as such (Қобда ауданы, Талдысай аулындағы): its place noun says what it is whatever type its
    // name was given, as the district's does.
    private static bool Address(SentenceGrammar grammar, Argument where, Argument what) =>
        where.Case == GrammaticalCase.Nominative && what.Possessive
        && HeadNouns.PlaceRank(grammar.Word(where.End).Key) is { } whole && HeadNouns.PlaceRank(grammar.Word(what.End).Key) is { } part && part < whole
        && (what.Entity.Type is EntityType.Region or EntityType.Place || (what.Entity.Type == EntityType.City && part == 1))
        && (Fits(what.Entity, where.Entity) || (what.Entity.Type == EntityType.City && where.Entity.Type == EntityType.City && part == 1))
        && HeadNouns.IsPossessivePlaceHead(grammar.Word(where.End).Key) && HeadNouns.IsPossessivePlaceHead(grammar.Word(what.End).Key)
        && !HeadNouns.IsPlural(grammar.Word(what.End).Key);

    private static bool IsComma(Word word) => word.Is(',') || word.Is('،');

    // Маңғыстау облысы, Жаңаөзен қаласында: a region's town in a case of its own is where things happen in that region,
    // whereas a list of units names each bare or each in the same case and runs on past them (Қарағанды облысы, Ақмола
    // облысы, Астана қаласына; Алматы облысы, Шымкент қаласы және ...). The cities of republican rank are no region's.
    private static bool CityAddress(SentenceGrammar grammar, Argument where, Argument what) =>
        where.Case == GrammaticalCase.Nominative && where.Entity.Type == EntityType.Region && what.Entity.Type == EntityType.City
        && what.Case is not (GrammaticalCase.Nominative or GrammaticalCase.Genitive)
        && HeadNouns.PlaceRank(grammar.Word(where.End).Key) == 3 && HeadNouns.PlaceRank(grammar.Word(what.End).Key) == 2
        && HeadNouns.IsPossessivePlaceHead(grammar.Word(where.End).Key) && HeadNouns.IsPossessivePlaceHead(grammar.Word(what.End).Key)
        && !HeadNouns.IsPlural(grammar.Word(what.End).Key) && !RepublicanCities.Contains(what.Entity.Id)
        && !InList(grammar, where.First - 1, -1) && !InList(grammar, what.End + 1, 1);

    private static readonly string[] RepublicanCities = ["astana", "almaty", "shymkent"];

    // A comma or a conjunction at word k with another place on its far side: the two are members of one list.
    private static bool InList(SentenceGrammar grammar, int k, int step)
    {
        if (k < grammar.Sentence.FirstWord || k >= grammar.Sentence.EndWord || !(IsComma(grammar.Word(k)) || SentenceGrammar.IsConjunction(grammar.Word(k))))
        {
            return false;
        }

        var other = step < 0 ? grammar.ArgumentEndingAt(k - 1) : grammar.ArgumentStartingAt(k + 1);
        return other is not null && IsArea(other.Entity);
    }

    // Шет ауданына қарасты Қайрақты ауылы: under the dative, the place after "қарасты".
    private static void Subordinates(SentenceFacts facts, SentenceGrammar grammar)
    {
        foreach (var whole in grammar.Arguments.Where(a => a.Case == GrammaticalCase.Dative && IsArea(a.Entity)))
        {
            var next = whole.End + 1;
            if (next + 1 < grammar.Sentence.EndWord && grammar.Word(next).Key == Subordinate && grammar.ArgumentStartingAt(next + 1) is { } part
                && (Fits(part.Entity, whole.Entity) || SmallerUnit(grammar, part, whole)))
            {
                facts.Relate(RelationType.LocatedIn, part.Entity, whole.Entity);
            }
        }
    }

    // X Y-да орналасқан; Y-да орналасқан X; X-тың бас кеңсесі Y-да орналасқан.
    private static void Located(SentenceFacts facts, SentenceGrammar grammar)
    {
        foreach (var use in grammar.Predicates.Where(p => p.Frame == Frame.Locate && p.Form.Shape != VerbShape.VerbalNoun))
        {
            if ((grammar.Before(use, GrammaticalCase.Locative, EntityType.City, EntityType.Country, EntityType.Region, EntityType.Place) ?? PartOfPlace(grammar, use)) is not { } place)
            {
                continue;
            }

            // Қазақстан Орталық Азияда орналасқан: a country is placed in a region of the world as a town is in a country.
            var located = use.Relative
                ? grammar.HeadAfter(use, EntityType.Organization, EntityType.Place, EntityType.City, EntityType.Region, EntityType.Country)
                : grammar.Subject(use, EntityType.Organization, EntityType.Place, EntityType.City, EntityType.Region, EntityType.Country) ?? HeadquartersOwner(grammar, place);
            if (located is not null && located.Entity != place.Entity && (Fits(located.Entity, place.Entity) || SmallerUnit(grammar, located, place)))
            {
                facts.Relate(use, RelationType.LocatedIn, located.Entity, place.Entity);
            }
        }
    }

    // Қазақстанның оңтүстігінде / Алматы облысының аумағында орналасқан: a part of the place (its south, its territory)
    // in the locative right before the verb, the place in the genitive right before the part.
    private static Argument? PartOfPlace(SentenceGrammar grammar, PredicateUse use)
    {
        var part = use.First - 1;
        return part - 1 >= grammar.Sentence.FirstWord && grammar.Word(part).IsWord && grammar.ArgumentAt(part) is null
            && Lexicon.StartsWithAny(grammar.Word(part).Key, PlaceParts) && CaseEndings.Of(grammar.Word(part).Key) == GrammaticalCase.Locative
            && grammar.ArgumentEndingAt(part - 1) is { Case: GrammaticalCase.Genitive } place && IsArea(place.Entity)
            ? place
            : null;
    }

    private static readonly string[] PlaceParts = Lexicon.Keys("оңтүстіг", "солтүстіг", "батыс", "шығыс", "орталығ", "аумағ", "шекарас", "жағалау", "маңы", "іргес", "түкпір");

    private static Argument? HeadquartersOwner(SentenceGrammar grammar, Argument place)
    {
        foreach (var owner in grammar.Arguments.Where(a => a.Case == GrammaticalCase.Genitive && a.End < place.First && a.Entity.Type == EntityType.Organization))
        {
            var words = grammar.Word(owner.End + 1).Key + (owner.End + 2 < grammar.Sentence.EndWord ? " " + grammar.Word(owner.End + 2).Key : "");
            if (Headquarters.Any(h => words.StartsWith(h, StringComparison.Ordinal)))
            {
                return owner;
            }
        }

        return null;
    }

    private static bool FreeWords(SentenceGrammar grammar, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!grammar.Word(k).IsWord || grammar.ArgumentAt(k) is not null || grammar.Predicates.Any(p => p.First <= k && k <= p.Verb))
            {
                return false;
            }
        }

        return true;
    }

    // Облыстың 10 ауданында / он ауданында: a count of districts, whatever a recogniser made of the number.
    private static bool Counted(SentenceGrammar grammar, Argument part) => IsCount(grammar.Word(part.First).Key);

    internal static bool IsCount(string key) =>
        key.Length > 0 && char.IsDigit(key[0]) || Lexicon.Cardinal(key) is not null || key == Several;

    private static readonly string Several = Lexicon.Key("бірнеше");

    private static bool IsArea(EntityDraft entity) => entity.Type is EntityType.City or EntityType.Country or EntityType.Region or EntityType.Place;

    // Алматы қаласының Медеу ауданы, Астананың Есіл ауданында: a district or a village a city owns is in the city, though
    // a region (as its name was typed) is never in a city otherwise.
    // Бурабай ауданындағы Щучинск қаласы, Ертіс өңірінің ... Баянауыл ауданы: a whole typed as a mere place is a district
    // or region when its noun says so (өңір, of no fixed size, as large as a region).
    private static bool FitsPhrase(SentenceGrammar grammar, Argument part, Argument whole) =>
        Fits(part.Entity, whole.Entity)
        || (part.Entity.Type == EntityType.Region && whole.Entity.Type == EntityType.City && HeadNouns.PlaceRank(grammar.Word(part.End).Key) is 1 or 2
            && HeadNouns.PlaceRank(grammar.Word(whole.End).Key) is null or 2)
        || (part.Entity.Type is EntityType.City or EntityType.Region && whole.Entity.Type == EntityType.Place && whole.End > whole.Mention.Last
            && Lexicon.StartsWithAny(grammar.Word(whole.End).Key, Divisions)
            && (HeadNouns.PlaceRank(grammar.Word(part.End).Key) ?? 0) <= (HeadNouns.PlaceRank(grammar.Word(whole.End).Key) ?? 3));

    private static readonly string[] Divisions = Lexicon.Keys("аудан", "облыс", "өңір");

    // Ганюшкино ауылы Құрманғазы ауданында: the place nouns say which unit is in which whatever types the two names were
    // given (both towns here).
    private static bool SmallerUnit(SentenceGrammar grammar, Argument part, Argument whole) =>
        part.End > part.Mention.Last && whole.End > whole.Mention.Last
        && HeadNouns.PlaceRank(grammar.Word(part.End).Key) is { } small && HeadNouns.PlaceRank(grammar.Word(whole.End).Key) is { } large && small < large;

    // A part is no bigger than its whole: a city in a region or country, a country in a region (a continent), not a
    // country in a city.
    private static bool Fits(EntityDraft part, EntityDraft whole) => (part.Type, whole.Type) switch
    {
        (EntityType.Place or EntityType.Organization, EntityType.City or EntityType.Country or EntityType.Region or EntityType.Place) => true,
        (EntityType.City, EntityType.Region or EntityType.Country) => true,
        (EntityType.Region, EntityType.Region or EntityType.Country) => true,
        (EntityType.Country, EntityType.Region) => true,
        _ => false,
    };
}

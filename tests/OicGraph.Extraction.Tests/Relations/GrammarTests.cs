using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The case and verb-form tables the relation rules read arguments and assertions from.</summary>
public sealed class GrammarTests
{
    [Theory]
    [InlineData("", "Nominative")]
    [InlineData("сы", "Nominative")]
    [InlineData("ның", "Genitive")]
    [InlineData("сының", "Genitive")]
    [InlineData("ға", "Dative")]
    [InlineData("сына", "Dative")]
    [InlineData("ны", "Accusative")]
    [InlineData("сын", "Accusative")]
    [InlineData("да", "Locative")]
    [InlineData("сында", "Locative")]
    [InlineData("дан", "Ablative")]
    [InlineData("мен", "Instrumental")]
    [InlineData("пен", "Instrumental")]
    [InlineData("дағы", "LocativeAttributive")]
    [InlineData("ндегі", "LocativeAttributive")]
    public void An_ending_marks_its_case(string cyrillic, string expected) =>
        Assert.Equal(Enum.Parse<GrammaticalCase>(expected), CaseEndings.Of(Lexicon.Key(cyrillic)));

    [Theory]
    [InlineData("сы", true)]
    [InlineData("ы", true)]
    [InlineData("сының", true)]
    [InlineData("ына", true)]
    [InlineData("ында", true)]
    [InlineData("лары", true)]
    [InlineData("ды", false)]
    [InlineData("ның", false)]
    [InlineData("", false)]
    public void The_third_person_possessive_is_told_from_the_accusative(string cyrillic, bool possessive) =>
        Assert.Equal(possessive, CaseEndings.IsPossessive(Lexicon.Key(cyrillic)));

    [Theory]
    [InlineData("інде", true)]
    [InlineData("дері", true)]
    [InlineData("шісі", false)]
    [InlineData("ді", true)]
    [InlineData("імен", true)]
    [InlineData("ігі", false)]
    public void Only_noun_inflection_follows_a_head_noun(string cyrillic, bool inflection) =>
        Assert.Equal(inflection, CaseEndings.IsInflection(Lexicon.Key(cyrillic)));

    // The head nouns and place ranks are tried by their first two letters: the answers of the whole lists, in their order.
    [Theory]
    [InlineData("облысының", "Region", "ының")]
    [InlineData("ауылдық", "Region", null)]
    [InlineData("елінде", "Country", "інде")]
    [InlineData("партиясының", "Organization", "сының")]
    [InlineData("орталығы", "Organization", "ы")]
    [InlineData("кеңесінің", "Organization", "інің")]
    [InlineData("саммитіне", "Event", "іне")]
    [InlineData("мырзамен", "Person", "мен")]
    [InlineData("келісімге", "Initiative", "ге")]
    [InlineData("бастама", "Organization", null)]
    [InlineData("облысы", "Date", null)]
    public void A_head_noun_gives_the_ending_after_it(string cyrillic, string type, string? ending) =>
        Assert.Equal(ending is null ? null : Lexicon.Key(ending), HeadNouns.EndingAfter(Lexicon.Key(cyrillic), Enum.Parse<OicGraph.Graph.Model.EntityType>(type)));

    [Theory]
    [InlineData("облысы", 3)]
    [InlineData("штатында", 3)]
    [InlineData("қаласының", 2)]
    [InlineData("ауданы", 2)]
    [InlineData("аулы", 1)]
    [InlineData("мекені", 1)]
    [InlineData("елі", null)]
    [InlineData("қалам", null)]
    public void A_place_noun_ranks_its_unit(string cyrillic, int? rank) =>
        Assert.Equal(rank, HeadNouns.PlaceRank(Lexicon.Key(cyrillic)));

    // The span look-up the word sweeps use answers as the substring test did: the ending after the stem, or null.
    [Theory]
    [InlineData("ел", "елінде", "інде")]
    [InlineData("ел", "елші", null)]
    [InlineData("аудан", "ауданының", "ының")]
    [InlineData("аудан", "аудан", "")]
    [InlineData("облыс", "облыстарында", "тарында")]
    public void The_inflection_after_a_stem_is_read_without_cutting_the_word(string stem, string word, string? ending)
    {
        var key = Lexicon.Key(word);
        var after = CaseEndings.InflectionAfter(key, Lexicon.Key(stem).Length);

        Assert.Equal(ending is null ? null : Lexicon.Key(ending), after);
        Assert.Equal(CaseEndings.IsInflection(key[Lexicon.Key(stem).Length..]), after is not null);
    }

    [Theory]
    [InlineData("ты", "Finite", "Past", "Stated")]           // кездесті
    [InlineData("еді", "Finite", "NonPast", "Stated")]       // кездеседі (an event's non-past is read as planned)
    [InlineData("педі", "Finite", "Past", "Negated")]        // кездеспеді
    [InlineData("пейді", "Finite", "NonPast", "Negated")]    // кездеспейді
    [InlineData("пек", "Finite", "NonPast", "Planned")]      // кездеспек
    [InlineData("пекші", "Finite", "NonPast", "Unreal")]     // кездеспекші
    [InlineData("се", "Finite", "NonPast", "Unreal")]        // кездессе
    [InlineData("уде", "Finite", "Ongoing", "Stated")]       // кездесуде
    [InlineData("кен", "Participle", "Past", "Stated")]      // кездескен
    [InlineData("етін", "Participle", "NonPast", "Stated")]  // кездесетін
    [InlineData("пеген", "Participle", "Past", "Negated")]   // кездеспеген
    [InlineData("іп", "Converb", "Past", "Stated")]          // кездесіп
    [InlineData("у", "VerbalNoun", "NonPast", "Stated")]     // кездесу
    public void A_verb_ending_says_shape_tense_and_assertion(string cyrillic, string shape, string tense, string assertion)
    {
        var form = VerbEndings.Of(Lexicon.Key(cyrillic));

        Assert.NotNull(form);
        Assert.Equal((Enum.Parse<VerbShape>(shape), Enum.Parse<Tense>(tense), Enum.Parse<Assertion>(assertion)), (form.Value.Shape, form.Value.Tense, form.Value.Assertion));
    }

    [Theory]
    [InlineData("лық")]      // барлық (all) is no form of бар-
    [InlineData("ініш")]     // өтініш (request) is no form of өт-
    [InlineData("ырыс")]     // отырыс
    [InlineData("")]
    public void A_noun_built_on_a_verb_stem_is_no_verb_form(string cyrillic) =>
        Assert.Null(VerbEndings.Of(Lexicon.Key(cyrillic)));
}

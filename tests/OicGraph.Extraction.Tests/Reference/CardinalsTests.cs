using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations;
using OicGraph.Extraction.Steps;

namespace OicGraph.Extraction.Tests.Reference;

/// <summary>
/// The number words (issue #10): one list that both the event numbers (the tens of "жетпіс төртінші") and the
/// location rule's counts (облыстың он ауданында) read, so neither can know a number the other does not.
/// </summary>
public sealed class CardinalsTests
{
    public static TheoryData<string, int> Numbers => new()
    {
        { "бір", 1 }, { "екі", 2 }, { "үш", 3 }, { "төрт", 4 }, { "бес", 5 }, { "алты", 6 }, { "жеті", 7 }, { "сегіз", 8 },
        { "тоғыз", 9 }, { "он", 10 }, { "жиырма", 20 }, { "отыз", 30 }, { "қырық", 40 }, { "елу", 50 }, { "алпыс", 60 },
        { "жетпіс", 70 }, { "сексен", 80 }, { "тоқсан", 90 }, { "жүз", 100 },
    };

    [Fact]
    public void The_list_holds_exactly_the_numbers_of_this_table() =>
        Assert.Equal(Numbers.Count, Lexicon.Cardinals.Length);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_number_word_is_a_count_for_the_location_rule_with_its_value(string cyrillic, int value)
    {
        var key = Lexicon.Key(cyrillic);
        Assert.Equal(value, Lexicon.Cardinal(key));
        Assert.True(LocationRule.IsCount(key));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_tens_word_before_a_unit_ordinal_adds_to_the_event_number(string cyrillic, int value)
    {
        Word[] words = [.. new[] { cyrillic, "төртінші", "сессиясы" }.Select((w, i) => new Word(i * 10, i * 10 + w.Length, w, Lexicon.Key(w), WordKind.Word, 0))];
        var ordinal = EventNumbers.EndingAt(words, 1, 0);
        Assert.NotNull(ordinal);
        // Only tens combine with a following unit ordinal; "бес төртінші" is two numbers, the ordinal alone.
        Assert.Equal(value is >= 10 and < 100 ? (0, value + 4) : (1, 4), ordinal.Value);
    }

    [Fact]
    public void Several_counts_but_has_no_value() =>
        Assert.True(LocationRule.IsCount(Lexicon.Key("бірнеше")) && Lexicon.Cardinal(Lexicon.Key("бірнеше")) is null);
}

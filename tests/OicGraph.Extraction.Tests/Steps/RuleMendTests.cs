using OicGraph.Extraction.Contract;
using OicGraph.Text;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>
/// What real news showed the rules reading wrong (issue #16, step 4). The rules alone are run: the labeller reads their
/// output as features, so a wrong rule reading is wrong whatever the model does with it.
/// </summary>
public sealed class RuleMendTests
{
    private static readonly IEntityExtractor Rules = ExtractionPipeline.WithLabeller(null);

    private static ExtractionResult ExtractKazakh(string cyrillic) => Rules.Extract(new ExtractionInput(CyrillicToArabic.Convert(cyrillic), "test"));

    [Theory]
    [InlineData("Алматы орталығында көрме ашылды.")]
    [InlineData("Алматы ортақ нарыққа қосылды.")]
    [InlineData("Алматы орталық алаңында жиналды.")]
    public void Fire_is_not_read_from_words_that_only_begin_like_ort(string cyrillic) =>
        Assert.DoesNotContain(ExtractKazakh(cyrillic).Entities, e => e.Type == "Event");

    [Fact]
    public void Fire_is_still_read_from_the_word_itself_inflected()
    {
        var result = ExtractKazakh("Алматы өртінде үш үй жанды.");
        Assert.Contains(result.Entities, e => e is { Type: "Event", Name: "Almaty fire" });
    }

    [Theory]
    [InlineData("Астана, 13 ақпан, 2025. Министр мәлімдеме жасады.", "2025-02-13", "13 اقپان، 2025")]
    [InlineData("Жұма, 30 қаңтар 2026 жылы жиын болды.", "2026-01-30", "30 قاڭتار 2026 جىلى")]
    public void A_dateline_keeps_the_year_written_after_the_month(string cyrillic, string value, string mention)
    {
        var date = Assert.Single(ExtractKazakh(cyrillic).Entities, e => e.Type == "Date");
        Assert.Equal(value, date.Properties["value"]);
        Assert.Equal(mention, Assert.Single(date.Mentions).Text);
    }

    [Theory]
    [InlineData("Форум 23 және 24 маусымда өтеді.", "--06-23/--06-24", "23 جانە 24 ماۋسىمدا")]
    [InlineData("Форум 2025 жылғы 23 және 24 маусымда өтеді.", "2025-06-23/2025-06-24", "2025 جىلعى 23 جانە 24 ماۋسىمدا")]
    [InlineData("Форум 23-24 маусым күндері өтеді.", "--06-23/--06-24", "23-24 ماۋسىم")]
    public void Two_days_of_one_month_are_an_interval(string cyrillic, string value, string mention)
    {
        var date = Assert.Single(ExtractKazakh(cyrillic).Entities, e => e.Type == "Date");
        Assert.Equal(value, date.Properties["value"]);
        Assert.Equal(mention, Assert.Single(date.Mentions).Text);
    }

    [Fact]
    public void A_six_letter_spaced_abbreviation_is_read_whole()
    {
        var result = Rules.Extract(new ExtractionInput("ۇ ق ش ۇ پ ا وتىرىسى ماسكەۋدە ءوتتى.", "test"));
        var assembly = Assert.Single(result.Entities, e => e.Type == "Organization");
        Assert.Equal("csto-pa", assembly.Id);
        Assert.Equal("ۇ ق ش ۇ پ ا", Assert.Single(assembly.Mentions).Text);
    }

    [Theory]
    [InlineData("Бейбіт өмір бәріне керек.")]
    [InlineData("Елде бейбіт заман орнады.")]
    public void A_first_name_that_is_also_a_common_word_does_not_start_a_name_by_itself(string cyrillic) =>
        Assert.DoesNotContain(ExtractKazakh(cyrillic).Entities, e => e.Type == "Person");

    [Fact]
    public void A_first_name_that_is_also_a_word_still_starts_a_name_before_a_surname()
    {
        var person = Assert.Single(ExtractKazakh("Бейбіт Исабаев сөз сөйледі.").Entities, e => e.Type == "Person");
        Assert.Equal("بەيبىت يسابايەۆ", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Akorda_is_a_place_the_presidential_residence()
    {
        var akorda = Assert.Single(ExtractKazakh("Президент Ақордада елшілерді қабылдады.").Entities, e => e.Id == "akorda");
        Assert.Equal("Place", akorda.Type);
    }

    [Fact]
    public void A_surname_followed_by_another_persons_full_name_is_not_merged_with_it()
    {
        var people = ExtractKazakh("Тоқаев Шавкат Мирзиёевпен кездесті.").Entities.Where(e => e.Type == "Person").ToList();
        Assert.Equal(2, people.Count);
        Assert.Contains(people, p => p.Mentions.Single().Text == "توقايەۆ");
        Assert.Contains(people, p => p.Mentions.Single().Text == "شاۆكات ميرزيويەۆپەن");
    }
}

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// Two people named side by side stay two people: the labeller's span of one name must not run on into the next one
/// (sentences written for this test, Cyrillic, read as Kazinform prints them).
/// </summary>
public sealed class AdjacentNamesTests
{
    [Theory]
    [InlineData("Жиынға Ержан Сапарбеков, Айгүл Мұратова және Берік Оспанов қатысты.", "Ержан Сапарбеков", "Айгүл Мұратова")]
    [InlineData("Асқар Мусинов пен Ержан Сапарбеков келіссөз жүргізді.", "Асқар Мусинов", "Ержан Сапарбеков")]
    [InlineData("Кеше Ержан Сапарбеков Айгүл Мұратоваға сөз берді.", "Ержан Сапарбеков", "Айгүл Мұратова")]
    [InlineData("Министр Асқар Мусинов Ерлан Қаринмен кездесті.", "Асқар Мусинов", "Ерлан Қарин")]
    public void Two_adjacent_names_are_not_merged_into_one_person(string cyrillic, string first, string second)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var firstArabic = OicGraph.Text.CyrillicToArabic.Convert(first);
        var secondSurname = OicGraph.Text.CyrillicToArabic.Convert(second.Split(' ')[^1][..4]);
        var people = result.Entities.Where(e => e.Type == "Person").SelectMany(e => e.Mentions).Select(m => m.Text).ToList();

        Assert.Contains(firstArabic, people);
        Assert.DoesNotContain(people, m => m.StartsWith(firstArabic, StringComparison.Ordinal) && m.Length > firstArabic.Length);
        Assert.DoesNotContain(people, m => m.Contains(firstArabic, StringComparison.Ordinal) && m.Contains(secondSurname, StringComparison.Ordinal));
    }
}

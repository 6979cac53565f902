namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// Where the labeller's spans end (sentences written for this test, Cyrillic, read as Kazinform prints them): a person's
/// name stops before a relational adjective in -лық/-лік, and a count of years leaves the demonstrative before it out.
/// </summary>
public sealed class NameEndTests
{
    [Theory]
    [InlineData("Мәжіліс Төрағасы Нұрлан Нығматулин Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитетінің төрағасы Ли Чжаньшумен келіссөз жүргізді.", "Нұрлан Нығматулин")]
    [InlineData("Мәжіліс Төрағасы Нұрлан Нығматулин Бүкілқытайлық халық өкілдері жиналысының делегациясын қабылдады.", "Нұрлан Нығматулин")]
    [InlineData("Сенат Төрағасы Мәулен Әшімбаев Еуропалық парламент депутаттарымен кездесті.", "Мәулен Әшімбаев")]
    public void A_person_stops_before_an_adjective_in_lyk(string cyrillic, string name)
    {
        var people = TestData.ExtractKazakh(cyrillic).Entities.Where(e => e.Type == "Person").SelectMany(e => e.Mentions).Select(m => m.Text);
        Assert.Contains(OicGraph.Text.CyrillicToArabic.Convert(name), people);
    }

    [Theory]
    [InlineData("Осы 5 жылдың ішінде зауыт салынды.", "5 жылдың ішінде")]
    [InlineData("Сол 3 жыл бойы ол Алматыда тұрды.", "3 жыл бойы")]
    public void A_count_of_years_leaves_the_demonstrative_before_it_out(string cyrillic, string date)
    {
        var dates = TestData.ExtractKazakh(cyrillic).Entities.Where(e => e.Type == "Date").SelectMany(e => e.Mentions).Select(m => m.Text);
        Assert.Equal(OicGraph.Text.CyrillicToArabic.Convert(date), Assert.Single(dates));
    }
}

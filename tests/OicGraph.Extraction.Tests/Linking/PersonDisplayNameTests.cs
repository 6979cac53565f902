using OicGraph.Extraction.Naming;

namespace OicGraph.Extraction.Tests.Linking;

/// <summary>Cyrillic display names of new people, read part by part from the Arabic script.</summary>
public sealed class PersonDisplayNameTests
{
    private static (string Cyrillic, bool Known) Read(string arabic)
    {
        var resources = ExtractionResources.Shared;
        return PersonDisplayName.Read(arabic, resources.FirstNames, resources.ReverseNames);
    }

    [Theory]
    [InlineData("المازبەك اتامبايەۆ", "Алмазбек Атамбаев")] // -бек's ە does not front the stem: no hamza, no cue in الماز
    [InlineData("ايداربەك", "Айдарбек")]
    [InlineData("ناعاشىبەكۇلى", "Нағашыбекұлы")]
    [InlineData("گۇلجان سەرىكقىزى", "Гүлжан Серікқызы")]
    [InlineData("رۋسلان باقىتبەكۇلى", "Руслан Бақытбекұлы")] // -ұлы is back whatever the stem
    [InlineData("ايبار ءتولجانۇلى", "Айбар Төлжанұлы")]
    [InlineData("ولجاس بەركىنبايەۆ", "Олжас Беркінбаев")]
    [InlineData("ەرلان نۇرعالييەۆ", "Ерлан Нұрғалиев")]
    [InlineData("ەرلان ءابىلقاسىم ۇلى", "Ерлан Әбілқасымұлы")] // the split patronymic is one word
    public void New_people_get_the_usual_cyrillic_name(string arabic, string cyrillic) =>
        Assert.Equal(cyrillic, Read(arabic).Cyrillic);

    [Fact]
    public void A_name_no_lexicon_knows_is_marked_as_transliterated()
    {
        Assert.True(Read("ەرلان").Known);
        Assert.False(Read("ەرلان قاسىمجانوۆ").Known);
        var person = Assert.Single(TestData.Extract("المازبەك اتامبايەۆ ءسوز سويلەدى.").Entities, e => e.Type == "Person");
        Assert.Equal("transliterated", person.Properties["nameSource"]);
        Assert.Equal("Almazbek Atambaev", person.Name);
    }
}

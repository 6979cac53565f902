using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A facility named by the phrase after its place in "-дағы" or "Y-да орналасқан": sentences written for these tests.</summary>
public sealed class FacilityNameTests
{
    [Theory]
    [InlineData("Франциядағы Лувр мұражайы жабылды.", "Лувр мұражайы", "france")]
    [InlineData("Ақмола облысындағы Сілеті су қоймасы толды.", "Сілеті су қоймасы", "akmola-region")]
    [InlineData("Семейдегі кеме жасау зауытында жұмыс істеді.", "кеме жасау зауытында", "semey")]
    [InlineData("Көкшетаудағы нөмірі екінші мектеп-лицейде оқушылар ауырды.", "нөмірі екінші мектеп-лицейде", "kokshetau")]
    [InlineData("Павлодарда орналасқан алюминий зауыты жұмыс істейді.", "алюминий зауыты", "pavlodar")]
    [InlineData("Оралдағы жылу электр станциясы 60 жыл бұрын салынған.", "жылу электр станциясы", "oral")]
    public void The_phrase_up_to_a_facility_noun_after_its_place_is_the_facility_in_it(string sentence, string facility, string place)
    {
        var result = TestData.ExtractKazakh(sentence);
        var named = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Text == OicGraph.Text.CyrillicToArabic.Convert(facility)));
        Assert.Contains(result.Relationships, r => r.Type == RelationType.LocatedIn && r.Source == named.Id && r.Target == place);
    }

    [Theory]
    [InlineData("Алматыдағы жаңа мектеп ашылды.")]
    [InlineData("Алматыдағы мектеп пен аурухана жөнделді.")]
    [InlineData("Алматыдағы екі мектеп жабылды.")]
    [InlineData("Қазақстандағы ең ірі ескерткіш ашылды.")]
    [InlineData("Алматыдағы ауруханалар толды.")]
    [InlineData("Қазақстандағы мектепті жөндеу жұмыстары басталды.")]
    public void A_size_a_count_a_superlative_a_plural_or_an_object_names_no_facility(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.LocatedIn);
}

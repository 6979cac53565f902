namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// Where the rules' head-noun reading of an organisation holds words the model tagged O, the model's span stands
/// (sentences written for this test, Cyrillic, read as Kazinform prints them).
/// </summary>
public sealed class HeadNounBoundaryTests
{
    [Theory]
    [InlineData("Бұл туралы Nest Investments Holdings компаниясы хабарлады.", "Nest Investments Holdings")]
    [InlineData("Бұл жобаны Kazakh Invest компаниясы қолдады.", "Kazakh Invest")]
    public void A_latin_name_stops_before_its_generic_head_noun(string cyrillic, string name)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var organisations = result.Entities.Where(e => e.Type == "Organization").SelectMany(e => e.Mentions).Select(m => m.Text).ToList();
        Assert.Contains(name, organisations);
    }
}

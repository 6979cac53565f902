using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// The body a post belongs to, named by a descriptive phrase before the post (its head noun in the genitive or as the
/// post's bare possessor): sentences written for these tests.
/// </summary>
public sealed class PostOwnerNameTests
{
    [Theory]
    [InlineData("Әйелдер істері бойынша ұлттық комиссияның төрағасы Гүлшара Әбдіқалықова баяндама жасады.", "Әйелдер істері бойынша ұлттық комиссияның", RelationType.LeaderOf)]
    [InlineData("Әуе апатын тергеу жөніндегі комиссияның төрағасы Қанат Бозымбаев мәлімдеді.", "Әуе апатын тергеу жөніндегі комиссияның", RelationType.LeaderOf)]
    [InlineData("Бүгін Қазақстан халқы Ассамблеясы төрағасының орынбасары Жансейіт Түймебаев сөз сөйледі.", "Қазақстан халқы Ассамблеясы", RelationType.HoldsPosition)]
    [InlineData("Ұжымға Президент Әкімшілігінің басшысы — Асет Исекешев таныстырды.", "Президент Әкімшілігінің", RelationType.LeaderOf)]
    [InlineData("Қаржы нарығын реттеу және дамыту агенттігінің төрағасы Мадина Әбілқасымова мәлімдеді.", "Қаржы нарығын реттеу және дамыту агенттігінің", RelationType.LeaderOf)]
    [InlineData("Ерлан Сапаров — су ресурстары және жер қатынастарын реттеу облыстық инспекциясының маманы.", "су ресурстары және жер қатынастарын реттеу облыстық инспекциясының", RelationType.HoldsPosition)]
    public void A_descriptive_name_before_a_post_is_the_body_its_holder_serves(string sentence, string owner, RelationType type)
    {
        var result = TestData.ExtractKazakh(sentence);
        var body = Assert.Single(result.Entities, e => e.Type == "Organization");
        Assert.Equal(OicGraph.Text.CyrillicToArabic.Convert(owner), Assert.Single(body.Mentions).Text);
        Assert.Contains(result.Relationships, r => r.Type == type && r.Target == body.Id);
    }

    [Theory]
    [InlineData("Арнайы комиссияның төрағасы Бердібек Сапарбаев мәлімдеді.")]
    [InlineData("Бұл комиссияның төрағасы Бердібек Сапарбаев мәлімдеді.")]
    [InlineData("Осыған қарасты комиссияның төрағасы Бердібек Сапарбаев мәлімдеді.")]
    public void A_generic_or_referring_head_names_no_body(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Entities, e => e.Type == "Organization");

    [Fact]
    public void A_bodys_own_head_noun_before_the_name_ends_it()
    {
        var result = TestData.ExtractKazakh("Олардың арасында Ақтөбе телеарнасы жаңалықтар бөлімінің тілшісі Ақсәуле Байменшина бар.");
        Assert.Contains(result.Entities, e => e.Type == "Organization" && e.Mentions.Any(m => m.Text == OicGraph.Text.CyrillicToArabic.Convert("жаңалықтар бөлімінің")));
    }
}

using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// Taking part in an event by acting at it (the locative event and the sentence's final verb), and a body's members
/// standing for it (Мәжіліс депутаттары); a name bare before its possessed head noun: sentences written for these tests.
/// </summary>
public sealed class ParticipationAtEventTests
{
    [Theory]
    [InlineData("Бүгін Мәжіліс депутаттары Үкімет сағатында бірнеше сұрақ қойды.", "mazhilis", RelationType.ParticipatedIn, "government-hour")]
    [InlineData("Мәжіліс депутаттары Үкімет сағатына қатысты.", "mazhilis", RelationType.ParticipatedIn, "government-hour")]
    [InlineData("Үкімет сағатында Асқар Мамин жаңа бағдарламаны таныстырды.", "askar-mamin", RelationType.ParticipatedIn, "government-hour")]
    public void The_one_acting_at_an_event_takes_part_in_it(string sentence, string source, RelationType type, string target) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), source, type, target, "");

    [Theory]
    [InlineData("Мәжіліс депутаттары Үкімет сағатында сұрақ қоймады.")]
    [InlineData("Мәжіліс депутаттары Үкімет сағатында сұрақ қоюы керек.")]
    [InlineData("Үкімет сағатында Асқар Мамин туралы айтылды.")]
    [InlineData("Мәжіліс депутаттары Үкімет сағатында сұрақ қоймақшы.")]
    public void Acting_that_the_sentence_does_not_assert_is_no_participation(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.ParticipatedIn);

    [Fact]
    public void A_name_before_its_possessed_head_noun_takes_the_head_nouns_case()
    {
        var result = TestData.ExtractKazakh("Қарағанды облысы Жаңаарқа ауданының тұрғындары рекорд орнатты.");
        var district = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Text.StartsWith(OicGraph.Text.CyrillicToArabic.Convert("Жаңаарқа"), StringComparison.Ordinal)));
        Assert.Contains(result.Relationships, r => r.Type == RelationType.LocatedIn && r.Source == district.Id && r.Target == "karaganda-region");
    }
}

using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A document named by what it is about, signed in the sentence ("X туралы келісімге қол қойды"): sentences written for these tests.</summary>
public sealed class AgreementNameTests
{
    [Theory]
    [InlineData("Қазақстан мен Өзбекстан стратегиялық әріптестік туралы келісімге қол қойды.", "стратегиялық әріптестік туралы келісімге", "kazakhstan,uzbekistan")]
    [InlineData("Қазақстан Үкіметі мен Қытай Үкіметі ынтымақтастық туралы келісімге қол қойды.", "ынтымақтастық туралы келісімге", "government-kz,government-of-china")]
    [InlineData("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев екі ел арасындағы одақтастық қатынастар туралы декларацияға қол қойды.", "одақтастық қатынастар туралы декларацияға", "kassym-jomart-tokayev,shavkat-mirziyoyev")]
    [InlineData("Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев шекара туралы шартқа қол қойды.", "шекара туралы шартқа", "kassym-jomart-tokayev,shavkat-mirziyoyev")]
    public void The_phrase_about_something_before_qol_qoydy_is_a_document_each_party_signed(string sentence, string document, string parties)
    {
        var result = TestData.ExtractKazakh(sentence);

        var signed = Assert.Single(result.Entities, e => e.Type == nameof(EntityType.Initiative));
        Assert.Equal(OicGraph.Text.CyrillicToArabic.Convert(document), Assert.Single(signed.Mentions).Text);
        Assert.Equal(parties.Split(','), result.Relationships.Where(r => r.Type == RelationType.Signed && r.Target == signed.Id).Select(r => r.Source).Order());
    }

    [Fact]
    public void Each_document_of_a_list_before_the_verb_is_signed()
    {
        var result = TestData.ExtractKazakh("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев стратегиялық әріптестік туралы келісімге және ынтымақтастық туралы меморандумға қол қойды.");

        Assert.Equal(4, result.Relationships.Count(r => r.Type == RelationType.Signed));
        Assert.Equal(2, result.Entities.Count(e => e.Type == nameof(EntityType.Initiative)));
    }

    [Theory]
    [InlineData("Қазақстан мен Қытай бірқатар келісімге қол қойды.")]
    [InlineData("Қазақстан мен Қытай үш келісімге қол қойды.")]
    [InlineData("Қазақстан мен Қытай келісімге қол қойды.")]
    [InlineData("Тараптар ынтымақтастық жөніндегі меморандумға қол қойды.")]
    public void A_bare_counted_or_unnamed_document_and_a_subject_word_name_nothing(string sentence)
    {
        var result = TestData.ExtractKazakh(sentence);

        Assert.DoesNotContain(result.Relationships, r => r.Type == RelationType.Signed);
        Assert.DoesNotContain(result.Entities, e => e.Type == nameof(EntityType.Initiative) && e.Mentions.Any(m => m.Text.StartsWith(OicGraph.Text.CyrillicToArabic.Convert("тараптар"), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Қазақстан мен Өзбекстан стратегиялық әріптестік туралы келісімге қол қоймады.")]
    [InlineData("Қазақстан мен Өзбекстан стратегиялық әріптестік туралы келісімге қол қоюы керек.")]
    [InlineData("Қазақстан мен Өзбекстан стратегиялық әріптестік туралы келісімге қол қойған жоқ.")]
    [InlineData("Қазақстан мен Өзбекстан стратегиялық әріптестік туралы келісімге қол қоюы керек болған.")]
    public void A_signing_the_sentence_denies_or_only_requires_states_nothing(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.Signed);
}

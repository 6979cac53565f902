using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Steps.Labelling;

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// How a span the labeller found is named: which last letters are a case ending and which are the name's own
/// (sentences written for this test, Cyrillic, read as Kazinform prints them).
/// </summary>
public sealed class LabelledNamesTests
{
    [Theory]
    [InlineData("Ақтөбе облысы Қобда ауданында жаңа мектеп ашылды.", "Қобда", "Kobda")]
    [InlineData("Қарағанды облысы Жаңаарқа ауданының әкімі сөйледі.", "Жаңаарқа", "Zhanaarka")]
    [InlineData("Шет ауданына қарасты Қайрақты ауылында су құбыры салынды.", "Қайрақты", "Kayrakty")]
    [InlineData("Ауданның Қайрақты елді мекенінде жиын өтті.", "Қайрақты", "Kayrakty")]
    public void A_place_before_its_possessed_head_noun_keeps_its_own_last_letters(string sentence, string name, string english)
    {
        var (entity, suffix) = Name(sentence, LabelClasses.Gpe, name);

        Assert.Equal(name, entity.NameCyrillic);
        Assert.Equal(english, entity.NameEn);
        Assert.Equal("", suffix);
    }

    [Fact]
    public void A_place_in_its_own_case_loses_the_case_ending()
    {
        var (entity, suffix) = Name("Біз кеше Қобдада болдық.", LabelClasses.Gpe, "Қобдада");

        Assert.Equal("Қобда", entity.NameCyrillic);
        Assert.Equal(Lexicon.Key("да"), suffix);
    }

    [Theory]
    [InlineData("Кеше Ерлан Қарин Тадаси Ямамотомен кездесті.", "Тадаси Ямамотомен", "Тадаси Ямамото", "мен")]
    [InlineData("Біз Тадаси Ямамотоның сөзін тыңдадық.", "Тадаси Ямамотоның", "Тадаси Ямамото", "ның")]
    [InlineData("Асқар Мусиновпен кездесу өтті.", "Асқар Мусиновпен", "Асқар Мусинов", "пен")]
    [InlineData("Жиынға Тадаси Сүлеймен келді.", "Тадаси Сүлеймен", "Тадаси Сүлеймен", "")]
    public void A_foreign_persons_case_ending_is_read_off_and_kept_as_the_suffix(string sentence, string words, string name, string ending)
    {
        var (entity, suffix) = Name(sentence, LabelClasses.Person, words);

        Assert.Equal(name, entity.NameCyrillic);
        Assert.Equal(ending.Length == 0 ? "" : Lexicon.Key(ending), suffix);
    }

    // The name the labeller's span over the words of `words` (Cyrillic, as they stand in the sentence) would get.
    private static (EntityDraft Entity, string Suffix) Name(string sentence, int cls, string words)
    {
        var context = LabellerScoringTests.Prepared(sentence);
        var keys = words.Split(' ').Select(Lexicon.Key).ToList();
        var first = Enumerable.Range(0, context.Words.Count - keys.Count + 1)
            .First(i => keys.Select((k, j) => context.Words[i + j].Key == k).All(m => m));
        return LabelledNames.For(context, cls, first, first + keys.Count - 1);
    }
}

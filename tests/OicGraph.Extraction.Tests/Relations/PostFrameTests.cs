using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// Posts whose owner or holder is read from the frame around them rather than from a name right before them: the
/// bare government of a Kazakh article, an appointment with its appointee in the accusative, a post one was, and a
/// reference post of the OIC said of another organisation. Sentences written for these tests.
/// </summary>
public sealed class PostFrameTests
{
    [Theory]
    [InlineData("Үкімет басшысы Асқар Мамин бүгін Қостанайға барды.", "askar-mamin", RelationType.LeaderOf, "government-kz", "role=Head of Government")]
    [InlineData("Үкімет басшысының орынбасары Бердібек Сапарбаев танысты.", "berdibek-saparbaev", RelationType.HoldsPosition, "government-kz", "role=Deputy Head of Government")]
    [InlineData("Ресей Үкіметінің басшысы Дмитрий Медведев келді.", "dmitriy-medvedev", RelationType.LeaderOf, "government-of-russia", "role=Head of Government")]
    [InlineData("БҰҰ Бас хатшысы Антониу Гутерриш мәлімдеме жасады.", "antonio-guterres", RelationType.LeaderOf, "un", "role=Secretary General")]
    [InlineData("Тоқаев Марат Бекетаевты Әділет министрі етіп тағайындады.", "marat-beketaev", RelationType.LeaderOf, "ministry-of-justice-kz", "role=Minister of Justice")]
    [InlineData("Назарбаев 1989 жылдан бастап Қазақстан Компартиясы Орталық Комитетінің бірінші хатшысы болды.", "nursultan-nazarbayev", RelationType.HoldsPosition, "kazakstan-kompartiyasy-ortalyk-komiteti", "role=First Secretary")]
    [InlineData("Еліміздің тұңғыш Президенті Нұрсұлтан Назарбаев тәуелсіз Қазақстанның астанасын әлемге танытты.", "nursultan-nazarbayev", RelationType.LeaderOf, "kazakhstan", "role=First President")]
    [InlineData("Іле ауданының әкімі Асхат Әбдібеков мәлімдеді.", "askhat-abdybekov", RelationType.LeaderOf, "ili-district", "role=Akim")]
    [InlineData("Юсеф әл-Усаймин, ИЫҰ Бас хатшысы, мәлімдеме жасады.", "yousef-al-othaimeen", RelationType.HoldsPosition, "oic", "role=Secretary General")]
    [InlineData("Бүгін Мәжілісте палата спикері Нұрлан Нығматулиннің төрағалығымен заң жобасы талқыланды.", "nurlan-nygmatulin", RelationType.LeaderOf, "mazhilis", "role=Speaker")]
    [InlineData("Сенатта палата төрағасы Мәулен Әшімбаев баяндама жасады.", "maulen-ashymbaev", RelationType.LeaderOf, "senate-kz", "role=Chairman")]
    [InlineData("Мәжіліс төрағасы болып сайланған Ерлан Қошанов сөз сөйледі.", "erlan-koshanov", RelationType.LeaderOf, "mazhilis", "role=Chairman")]
    [InlineData("Тоқаев Марат Бекетаевты Әділет министрі қызметіне тағайындады.", "marat-beketaev", RelationType.LeaderOf, "ministry-of-justice-kz", "role=Minister of Justice")]
    [InlineData("Сенатта спикер Мәулен Әшімбаев сөз сөйледі.", "maulen-ashymbaev", RelationType.LeaderOf, "senate-kz", "role=Speaker")]
    [InlineData("Мәжілістің жалпы отырысында спикер Ерлан Қошанов баяндама жасады.", "erlan-koshanov", RelationType.LeaderOf, "mazhilis", "role=Speaker")]
    [InlineData("Қаржы министрлігінің баспасөз хатшысы Ерлан Жақанов жиынға қатысты.", "erlan-zhakanov", RelationType.HoldsPosition, "ministry-of-finance-kz", "role=Press Secretary")]
    [InlineData("Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров мәлімдеді.", "aybek-smadiyarov", RelationType.HoldsPosition, "mfa-kazakhstan", "role=Official Representative")]
    [InlineData("Бұрын Алматы әкімі болған Бауыржан Байбек жаңа қызметке ауысты.", "bauyrzhan-baybek", RelationType.LeaderOf, "almaty", "role=Akim")]
    [InlineData("Қазақстан Президенті болған Нұрсұлтан Назарбаев сөз сөйледі.", "nursultan-nazarbayev", RelationType.LeaderOf, "kazakhstan", "role=President")]
    public void A_post_takes_its_owner_and_holder_from_the_frame(string sentence, string holder, RelationType type, string owner, string properties) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), holder, type, owner, properties);

    [Theory]
    [InlineData("Ресей Президенті Путин Үкімет басшысы Михаил Мишустинмен кездесті.")]
    [InlineData("Ресей Думасы премьер-министр ретінде Михаил Мишустиннің кандидатурасын мақұлдады.")]
    public void A_government_is_not_taken_for_kazakhstans_where_another_country_is_named(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Target == "government-kz");

    [Fact]
    public void A_river_is_a_district_only_before_the_district_noun() =>
        Assert.Contains(TestData.ExtractKazakh("Іле өзені тасыды.").Entities, e => e.Type == "Place" && e.Name == "Ili River");

    [Fact]
    public void The_chambers_post_is_not_an_inter_parliamentary_bodys() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Парламентаралық Ассамблеяда палата спикері Нұрлан Нығматулин сөз сөйледі.").Relationships, r => r.Type == RelationType.LeaderOf);

    // "Спикер" with a possessor is that body's spokesman, not the chamber's speaker.
    [Fact]
    public void A_partys_speaker_in_a_chamber_is_not_the_chambers() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Мәжілісте партия спикері Айгүл Сүлеймен сөз сөйледі.").Relationships, r => r.Type == RelationType.LeaderOf);

    // The KazNERD text writes баспасөз as one word (ءباسپاسوز), where Cyrl2Tote, and so ExtractKazakh, writes two.
    [Fact]
    public void A_press_secretary_is_read_with_baspasoz_written_as_one_word()
    {
        var text = OicGraph.Text.CyrillicToArabic.Convert("Қаржы министрлігінің баспасөз хатшысы Ерлан Жақанов жиынға қатысты.")
            .Replace("باسپا ءسوز", "ءباسپاسوز", StringComparison.Ordinal);
        Assert.Contains("ءباسپاسوز", text, StringComparison.Ordinal);
        RelationAssert.Single(TestData.Extract(text), "erlan-zhakanov", RelationType.HoldsPosition, "ministry-of-finance-kz", "role=Press Secretary");
    }

    [Fact]
    public void The_chambers_post_is_nobodys_where_no_chamber_is_named() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Палата спикері Нұрлан Нығматулин сөз сөйледі.").Relationships, r => r.Type == RelationType.LeaderOf);

    [Fact]
    public void Our_country_is_kazakhstan_only_where_the_document_names_it() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Еліміздің премьер-министрі Бақытжан Сағынтаев жиынға қатысты.").Relationships, r => r.Type == RelationType.LeaderOf);

    [Theory]
    [InlineData("Қазақстан Республикасының Сыртқы істер министрі Мұхтар Тілеуберді ИЫҰ Бас хатшысымен кездесті.", "mukhtar-tileuberdi")]
    [InlineData("Сағынтаев Алматы қаласының әкімі болмады.", "sagyntaev")]
    public void A_post_in_a_case_of_its_own_or_denied_is_not_the_names(string sentence, string person) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships,
            r => r.Source == person && r.Type is RelationType.HoldsPosition or RelationType.LeaderOf && r.Target is "oic" or "almaty");
}

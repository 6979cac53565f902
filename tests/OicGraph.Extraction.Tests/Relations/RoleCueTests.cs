using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// One sentence per role cue and binding pattern, written for these tests: the post's owner before it (bare or in the
/// genitive, a ministry by its field), its holder after it, before it in apposition, or as the subject of an election.
/// </summary>
public sealed class RoleCueTests
{
    [Theory]
    [InlineData("Қазақстан Президенті Қасым-Жомарт Тоқаев мәлімдеді.", "kassym-jomart-tokayev", RelationType.LeaderOf, "kazakhstan", "role=President")]
    [InlineData("Қазақстанның тұңғыш Президенті Нұрсұлтан Назарбаев мәлімдеді.", "nursultan-nazarbayev", RelationType.LeaderOf, "kazakhstan", "role=First President")]
    [InlineData("Асқар Мамин — Қазақстан Премьер-Министрі.", "askar-mamin", RelationType.LeaderOf, "kazakhstan", "role=Prime Minister")]
    [InlineData("Қасым-Жомарт Тоқаев 2019 жылы Қазақстан Президенті болып сайланды.", "kassym-jomart-tokayev", RelationType.LeaderOf, "kazakhstan", "role=President;since=2019")]
    [InlineData("Мәжіліс төрағасы Ерлан Қошанов мәлімдеді.", "erlan-koshanov", RelationType.LeaderOf, "mazhilis", "role=Chairman")]
    [InlineData("Сенат төрағасының орынбасары Дариға Назарбаева мәлімдеді.", "dariga-nazarbayeva", RelationType.HoldsPosition, "senate-kz", "role=Deputy Chairman")]
    [InlineData("Алматы қаласының әкімі Ерболат Досаев мәлімдеді.", "erbolat-dosaev", RelationType.LeaderOf, "almaty", "role=Akim")]
    [InlineData("Алматы қаласы әкімінің орынбасары Ерболат Досаев мәлімдеді.", "erbolat-dosaev", RelationType.HoldsPosition, "almaty", "role=Deputy Akim")]
    [InlineData("Қазақстанның Сыртқы істер министрі Мұрат Нұртілеу мәлімдеді.", "murat-nurtleu", RelationType.LeaderOf, "mfa-kazakhstan", "role=Minister of Foreign Affairs")]
    [InlineData("Ресейдің Сыртқы істер министрі Сергей Лавров мәлімдеді.", "sergey-lavrov", RelationType.HoldsPosition, "russia", "role=Minister of Foreign Affairs")]
    [InlineData("Қазақстанның Ресейдегі елшісі Ерлан Ыдырысов мәлімдеді.", "erlan-idrissov", RelationType.HoldsPosition, "kazakhstan", "role=Ambassador")]
    [InlineData("Үкімет отырысында Үкімет басшысы міндеті уақытша Асқар Маминге жүктелді.", "askar-mamin", RelationType.LeaderOf, "government-kz", "role=Acting Head of Government")]
    [InlineData("Мәжіліс мүшесі Ерлан Қошанов мәлімдеді.", "erlan-koshanov", RelationType.MemberOf, "mazhilis", "")]
    [InlineData("Қазақстан Республикасының Президенті ретінде Қасым-Жомарт Тоқаев мәлімдеді.", "kassym-jomart-tokayev", RelationType.LeaderOf, "kazakhstan", "role=President")]
    [InlineData("Қазақстан Президентінің көмекшісі Ерлан Қошанов мәлімдеді.", "erlan-koshanov", RelationType.HoldsPosition, "kazakhstan", "role=Assistant to the President")]
    [InlineData("Қазақстан Президентінің кеңесшісі Ерлан Қошанов мәлімдеді.", "erlan-koshanov", RelationType.HoldsPosition, "kazakhstan", "role=Adviser to the President")]
    [InlineData("«Нұр Отан» партиясының төрағасы Нұрсұлтан Назарбаев мәлімдеді.", "nursultan-nazarbayev", RelationType.LeaderOf, "nur-otan", "role=Chairman")]
    [InlineData("«Хабар» арнасының директоры Динара Бисембина және Асқар Маминнің қатысуымен жиын өтті.", "dinara-bisembina", RelationType.LeaderOf, "khabar", "role=Director")]
    [InlineData("«Хабар» агенттігінің» төрағасының бірінші орынбасары — Ринат Кертаев.", "rinat-kertaev", RelationType.HoldsPosition, "khabar", "role=First Deputy Chairman")]
    [InlineData("Қаржы министрінің бірінші орынбасары Берік Шолпанқұлов мәлімдеді.", "berik-sholpankulov", RelationType.HoldsPosition, "ministry-of-finance-kz", "role=First Deputy Minister of Finance")]
    [InlineData("Қаржы министрінің 1-ші орынбасары Берік Шолпанқұлов мәлімдеді.", "berik-sholpankulov", RelationType.HoldsPosition, "ministry-of-finance-kz", "role=First Deputy Minister of Finance")]
    [InlineData("Қаржы министрінің 1-інші орынбасары Берік Шолпанқұлов мәлімдеді.", "berik-sholpankulov", RelationType.HoldsPosition, "ministry-of-finance-kz", "role=First Deputy Minister of Finance")]
    [InlineData("«Хабар» агенттігінің төрағасының 1-ші орынбасары — Ринат Кертаев.", "rinat-kertaev", RelationType.HoldsPosition, "khabar", "role=First Deputy Chairman")]
    [InlineData("Bloomberg компаниясының бас атқарушы директоры Джастин Смит мәлімдеді.", "dzhastin-smit", RelationType.LeaderOf, "bloomberg-kompaniyasy", "role=Chief Executive Officer")]
    [InlineData("Қазақстанның ИЫҰ жанындағы тұрақты өкілі Асқар Мусинов баяндама жасады.", "askar-mussinov", RelationType.HoldsPosition, "kazakhstan", "role=Permanent Representative")]
    [InlineData("«Хабар» агенттігінің тележүргізушісі Ринат Кертаев мәлімдеді.", "rinat-kertaev", RelationType.HoldsPosition, "khabar", "role=TV Presenter")]
    [InlineData("Динара Бисембина «Хабар» арнасының директоры болып жұмыс істейді.", "dinara-bisembina", RelationType.LeaderOf, "khabar", "role=Director")]
    [InlineData("Ресей Президенті Владимир Путин Қазақстан Президенті Қасым-Жомарт Тоқаевқа жеделхат жолдады.", "kassym-jomart-tokayev", RelationType.LeaderOf, "kazakhstan", "role=President")]
    [InlineData("Алматы қаласының әкімі болып Ерболат Досаев тағайындалды.", "erbolat-dosaev", RelationType.LeaderOf, "almaty", "role=Akim")]
    [InlineData("2019 жылы Мәжіліс төрағасы болып Ерлан Қошанов сайланды.", "erlan-koshanov", RelationType.LeaderOf, "mazhilis", "role=Chairman;since=2019")]
    [InlineData("«Шымкентмай» акционерлік қоғамының директоры Серік Омаров мәлімдеді.", "serik-omarov", RelationType.LeaderOf, "shimkentmay", "role=Director")]
    [InlineData("Түркияның сауда және өнеркәсіп министрі Мехмет Өзтүрк мәлімдеді.", "mekhmet-ozturk", RelationType.HoldsPosition, "turkey", "role=Minister")]
    [InlineData("Шавкат Мирзиёев Өзбекстан Президенті қызметін атқарады.", "shavkat-mirziyoyev", RelationType.LeaderOf, "uzbekistan", "role=President")]
    [InlineData("Алматы облысының әкімі Амандық Баталовқа тапсырма берілді.", "amandyk-batalov", RelationType.LeaderOf, "almaty-region", "role=Akim")]
    [InlineData("Қарағанды облысының әкімі Жеңіс Қасымбекке алғыс хат табысталды.", "zhenis-kasymbek", RelationType.LeaderOf, "karaganda-region", "role=Akim")]
    [InlineData("Жеңіс Қасымбек Қарағанды облысының әкімі.", "zhenis-kasymbek", RelationType.LeaderOf, "karaganda-region", "role=Akim")]
    public void A_post_relates_its_holder_to_its_owner_with_the_role_in_english(string sentence, string source, RelationType type, string target, string properties) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), source, type, target, properties);

    [Fact]
    public void The_ministry_a_minister_heads_is_named_by_the_words_of_his_field()
    {
        var result = TestData.ExtractKazakh("Денсаулық сақтау министрі Марат Бекетов мәлімдеді.");

        var ministry = Assert.Single(result.Entities, e => e.Id == "ministry-of-health-kz");
        Assert.Equal(OicGraph.Text.CyrillicToArabic.Convert("Денсаулық сақтау"), Assert.Single(ministry.Mentions).Text);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.LeaderOf, Target: "ministry-of-health-kz" } && r.Properties["role"] == "Minister of Health");
    }

    [Theory]
    [InlineData("Мемлекет басшысы Қасым-Жомарт Тоқаев мәлімдеді.")]
    [InlineData("Үкімет басшысы Елбасы Нұрсұлтан Назарбаев және Президент Қасым-Жомарт Тоқаевпен кездесті.")]
    [InlineData("Венесуэла елшісімен Қасым-Жомарт Тоқаев кездесті.")]
    [InlineData("Парламент премьер-министр ретінде Асқар Маминнің кандидатурасын мақұлдады.")]
    [InlineData("Асқар Мамин бастаған Қазақстан делегациясы Ташкентке барды.")]
    [InlineData("Қытайдың Қазақстандағы елшісі Қасым-Жомарт Тоқаев туралы әңгімеледі.")]
    [InlineData("Өз кезегінде «Хабар» арнасының директоры Қасым-Жомарт Тоқаевқа арнаның жұмысы туралы айтып берді.")]
    [InlineData("Мәжіліс төрағасы Қасым-Жомарт Тоқаевпен кездесті.")]
    [InlineData("Ресейдің Қазақстандағы елшісі Асқар Маминге сенім грамотасын тапсырды.")]
    [InlineData("Түркияда сауда және өнеркәсіп министрі Мехмет Өзтүрк мәлімдеді.")]
    [InlineData("«Хабар» арнасының директоры Динара Бисембинаға хат жолдады.")]
    public void A_post_with_no_named_owner_or_no_named_holder_states_nothing(string sentence)
    {
        var result = TestData.ExtractKazakh(sentence);

        Assert.DoesNotContain(result.Relationships, r => r.Type is RelationType.LeaderOf or RelationType.HoldsPosition);
        Assert.DoesNotContain(result.Relationships, r => r.Type == RelationType.MetWith);
    }

    [Fact]
    public void A_plural_post_after_two_owners_gives_each_owner_the_name_in_its_place()
    {
        var result = TestData.ExtractKazakh("Ресей мен Беларусь президенттері Владимир Путин мен Александр Лукашенко кездесті.");

        RelationAssert.Single(result, "vladimir-putin", RelationType.LeaderOf, "russia", "role=President");
        RelationAssert.Single(result, "alexander-lukashenko", RelationType.LeaderOf, "belarus", "role=President");
        Assert.DoesNotContain(result.Relationships, r => r is { Source: "vladimir-putin", Target: "belarus" });
    }

    [Fact]
    public void A_plural_post_after_more_owners_than_names_says_nothing_of_who_holds_which() =>
        Assert.DoesNotContain(
            TestData.ExtractKazakh("Ресей, Беларусь және Армения президенттері Владимир Путин мен Александр Лукашенко кездесті.").Relationships,
            r => r.Type == RelationType.LeaderOf);
}

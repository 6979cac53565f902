using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// One or more sentences per predicate of the lexicon, written for these tests: the relation its case frame gives, with
/// the properties read from the same sentence and the sentence as evidence.
/// </summary>
public sealed class PredicateRuleTests
{
    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездесті.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Ташкентте кездесті.", "kassym-jomart-tokayev", RelationType.MetWith, "shavkat-mirziyoyev", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен келіссөздер жүргізді.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев Ақордада Ілхам Әлиевті қабылдады.", "kassym-jomart-tokayev", RelationType.MetWith, "ilham-aliyev", "")]
    [InlineData("Мәскеуде Владимир Путинмен кездесу кезінде Қасым-Жомарт Тоқаев осылай деді.", "vladimir-putin", RelationType.MetWith, "kassym-jomart-tokayev", "")]
    [InlineData("Владимир Путин ресми сапармен Қазақстанға барды.", "vladimir-putin", RelationType.Visited, "kazakhstan", "")]
    [InlineData("Ілхам Әлиев Астанаға келді.", "ilham-aliyev", RelationType.Visited, "astana", "")]
    [InlineData("Эммануэль Макрон бүгін Өзбекстанда болды.", "emmanuel-macron", RelationType.Visited, "uzbekistan", "")]
    [InlineData("Қасым-Жомарт Тоқаев ертең Мәскеуге барады.", "kassym-jomart-tokayev", RelationType.Visited, "moscow", "planned=true")]
    [InlineData("Қасым-Жомарт Тоқаев 2023 жылы Астанада өткен «Астана» халықаралық форумына қатысты.", "kassym-jomart-tokayev", RelationType.ParticipatedIn, "forum-in-astana-2023", "")]
    [InlineData("2024 жылы 5 маусымда Алматыда «Азия» форумы өтті.", "aziya", RelationType.HeldIn, "almaty", "")]
    [InlineData("2024 жылы 5 маусымда Алматыда «Азия» форумы өтті.", "aziya", RelationType.OccurredOn, "date-2024-06-05", "")]
    [InlineData("Саммит 2025 жылы Ташкентте өтеді.", "summit-in-tashkent-2025", RelationType.HeldIn, "tashkent", "planned=true")]
    [InlineData("Конференция 2025 жылы Алматыда басталады.", "conference-in-almaty-2025", RelationType.OccurredOn, "date-2025", "planned=true")]
    [InlineData("Форум 2025 жылы Алматыда өтпек.", "forum-in-almaty-2025", RelationType.HeldIn, "almaty", "planned=true")]
    [InlineData("Ислам ынтымақтастығы ұйымының ұйымдастыруымен 2019 жылы Жиддада конференция өтті.", "conference-in-jeddah-2019", RelationType.OrganizedBy, "oic", "")]
    [InlineData("Қасым-Жомарт Тоқаев «Ұлы Жібек жолы» бағдарламасына қол қойды.", "kassym-jomart-tokayev", RelationType.Signed, "uly-zhibek-zholy-programme", "")]
    [InlineData("Нұрсұлтан Назарбаевтың «Ұлы Жібек жолы» бастамасы маңызды.", "nursultan-nazarbayev", RelationType.Proposed, "uly-zhibek-zholy-initiative", "")]
    [InlineData("Асқар Мусинов Сыртқы істер министрлігінде жұмыс істеді.", "askar-mussinov", RelationType.WorksFor, "mfa-kazakhstan", "")]
    [InlineData("Асқар Мамин бастаған Үкімет отставкаға кетті.", "askar-mamin", RelationType.LeaderOf, "government-kz", "role=Head")]
    [InlineData("Ислам ынтымақтастығы ұйымының бас кеңсесі Жидда қаласында орналасқан.", "oic", RelationType.LocatedIn, "jeddah", "")]
    [InlineData("Қазақстан 1992 жылы Біріккен Ұлттар Ұйымына мүше болды.", "kazakhstan", RelationType.MemberOf, "un", "since=1992")]
    [InlineData("Қасым-Жомарт Тоқаев пен Эммануэль Макронның кездесуі өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "emmanuel-macron", "")]
    [InlineData("Кездесуде Қасым-Жомарт Тоқаев пен Ілхам Әлиев екіжақты қатынастарды талқылады.", "kassym-jomart-tokayev", RelationType.MetWith, "ilham-aliyev", "")]
    [InlineData("Қасым-Жомарт Тоқаев пен Ілхам Әлиевтің келіссөздері өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "ilham-aliyev", "")]
    [InlineData("Қасым-Жомарт Тоқаевтың Қытайға сапары басталды.", "kassym-jomart-tokayev", RelationType.Visited, "china", "")]
    [InlineData("Қасым-Жомарт Тоқаевтың Қытайға ресми сапары басталады.", "kassym-jomart-tokayev", RelationType.Visited, "china", "planned=true")]
    [InlineData("Ілхам Әлиев «Азия» форумының ашылу салтанатына қатысты.", "ilham-aliyev", RelationType.ParticipatedIn, "aziya", "")]
    [InlineData("Ілхам Әлиев «Азия» форумының жұмысына қатысты.", "ilham-aliyev", RelationType.ParticipatedIn, "aziya", "")]
    [InlineData("«Азия» форумын Сыртқы істер министрлігі ұйымдастырды.", "aziya", RelationType.OrganizedBy, "mfa-kazakhstan", "")]
    [InlineData("«Хабар» халықаралық балалар ән байқауы 24 қарашада Алматыда басталады.", "khabar", RelationType.HeldIn, "almaty", "planned=true")]
    [InlineData("Бүгін Алматыда «Нұр Отан» партиясының (НО) құрылтайы өтті.", "nur-otan", RelationType.HeldIn, "almaty", "")]
    [InlineData("Қасым-Жомарт Тоқаев Германияға сапар барысында Ангела Меркельмен кездесті.", "kassym-jomart-tokayev", RelationType.Visited, "germany", "")]
    [InlineData("Ангела Меркель Германияға сапар барысында Қасым-Жомарт Тоқаевпен кездесті.", "angela-merkel", RelationType.Visited, "germany", "")]
    [InlineData("Қасым-Жомарт Тоқаев Ташкентке сапары аясында Шавкат Мирзиёевпен кездесті.", "kassym-jomart-tokayev", RelationType.Visited, "tashkent", "")]
    [InlineData("Тоқаев ұсынған «Үлкен Еуразия» бастамасы қолдау тапты.", "kassym-jomart-tokayev", RelationType.Proposed, "ulken-euraziya-initiative", "")]
    [InlineData("Назарбаев көтерген «Үшжақты диалог» бастамасы қолдау тапты.", "nursultan-nazarbayev", RelationType.Proposed, "ushzhakty-diyalog-initiative", "")]
    [InlineData("«Үшжақты диалог» бастамасын Назарбаев көтерді.", "nursultan-nazarbayev", RelationType.Proposed, "ushzhakty-diyalog-initiative", "")]
    [InlineData("Қасым-Жомарт Тоқаев Ақордада Шавкат Мирзиёевті қарсы алды.", "kassym-jomart-tokayev", RelationType.MetWith, "shavkat-mirziyoyev", "")]
    [InlineData("Қасым-Жомарт Тоқаев «Жаңа Жібек жолы» форумының пленарлық отырысында сөйледі.", "kassym-jomart-tokayev", RelationType.ParticipatedIn, "zhana-zhibek-zholy", "")]
    [InlineData("Димаш Құдайбергенов «Славян базары» фестивалінің жеңімпазы атанды.", "dimash-kudaybergenov", RelationType.ParticipatedIn, "slaviyan-bazary", "")]
    [InlineData("«Славян базары» фестивалінің жеңімпазы Димаш Құдайбергенов Алматыға келді.", "dimash-kudaybergenov", RelationType.ParticipatedIn, "slaviyan-bazary", "")]
    [InlineData("Димаш Құдайбергенов «Шабыт» фестивалінің бас жүлдесін жеңіп алды.", "dimash-kudaybergenov", RelationType.ParticipatedIn, "shabyt", "")]
    [InlineData("«Шабыт» фестивалінің бас жүлдесін Димаш Құдайбергенов жеңіп алды.", "dimash-kudaybergenov", RelationType.ParticipatedIn, "shabyt", "")]
    [InlineData("Қарағанды облысын Жеңіс Қасымбек басқарады.", "zhenis-kasymbek", RelationType.LeaderOf, "karaganda-region", "role=Head")]
    [InlineData("Қасым-Жомарт Тоқаев 2019 жылдан бері Қазақстанды басқарып келеді.", "kassym-jomart-tokayev", RelationType.LeaderOf, "kazakhstan", "role=Head")]
    [InlineData("Алматы облысы Қазақстанның оңтүстігінде орналасқан.", "almaty-region", RelationType.LocatedIn, "kazakhstan", "")]
    [InlineData("Шымкент қаласы Түркістан облысының аумағында орналасқан.", "shymkent", RelationType.LocatedIn, "turkistan-region", "")]
    [InlineData("Кеше Астанада Ислам ынтымақтастығы ұйымының отырысы өтті.", "oic", RelationType.HeldIn, "astana", "")]
    [InlineData("Бішкек — Қырғызстанның астанасы.", "bishkek", RelationType.CapitalOf, "kyrgyzstan", "")]
    [InlineData("Каир қаласы Мысырдың астанасы болып табылады.", "cairo", RelationType.CapitalOf, "egypt", "")]
    [InlineData("Қазақстан елордасы Нұр-Сұлтан қаласында форум өтті.", "astana", RelationType.CapitalOf, "kazakhstan", "")]
    [InlineData("«Азия» форумының ұйымдастырушысы — Сыртқы істер министрлігі.", "aziya", RelationType.OrganizedBy, "mfa-kazakhstan", "")]
    [InlineData("Қасым-Жомарт Тоқаев Шымкентті аралап, тұрғындармен кездесті.", "kassym-jomart-tokayev", RelationType.Visited, "shymkent", "")]
    [InlineData("Қасым-Жомарт Тоқаев Мысырға сапарын аяқтады.", "kassym-jomart-tokayev", RelationType.Visited, "egypt", "")]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге ат басын бұрды.", "kassym-jomart-tokayev", RelationType.Visited, "moscow", "")]
    [InlineData("Түркияның астанасы — Анкара.", "ankara", RelationType.CapitalOf, "turkey", "")]
    [InlineData("Түркия елінің астанасы Анкарада форум өтті.", "ankara", RelationType.CapitalOf, "turkey", "")]
    [InlineData("Мысырдың бас қаласы Каирде конференция өтті.", "cairo", RelationType.CapitalOf, "egypt", "")]
    [InlineData("Бельгия астанасы Брюссельде келіссөздер өтті.", "brussels", RelationType.CapitalOf, "belgium", "")]
    [InlineData("Франция астанасы Парижде маңызды шешім қабылданды.", "paris", RelationType.CapitalOf, "france", "")]
    [InlineData("Қасым-Жомарт Тоқаев Ташкентте ШЫҰ саммитінің жұмысына қатысты.", "sco", RelationType.HeldIn, "tashkent", "")]
    [InlineData("Ақордада Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев арасында келіссөздер өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "shavkat-mirziyoyev", "")]
    [InlineData("Нұрсұлтан Назарбаев Владимир Путинмен әңгімелесті.", "nursultan-nazarbayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлесті.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев кеңейтілген құрамда келіссөздер өткізді.", "kassym-jomart-tokayev", RelationType.MetWith, "shavkat-mirziyoyev", "")]
    [InlineData("Владимир Путинмен кездесуде Қасым-Жомарт Тоқаев екіжақты қатынастарға тоқталды.", "vladimir-putin", RelationType.MetWith, "kassym-jomart-tokayev", "")]
    [InlineData("Кездесу барысында Қасым-Жомарт Тоқаев пен Владимир Путин екіжақты қатынастарды талқылады.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаевтың Ильхам Әлиевпен келіссөзі өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "ilham-aliyev", "")]
    [InlineData("Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинмен пікір алмасты.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев пен Қытай Төрағасы Си Цзиньпиннің кездесуі өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "xi-jinping", "")]
    [InlineData("Алматы қаласында «Шабыт» фестивалі аясында концерт берілді.", "shabyt", RelationType.HeldIn, "almaty", "")]
    [InlineData("Ақтау қаласында «Шабыт» фестиваліне жүздеген адам қатысты.", "shabyt", RelationType.HeldIn, "aktau", "")]
    [InlineData("Шет ауданында «Шабыт» фестивалінің жеңімпаздары марапатталды.", "shabyt", RelationType.HeldIn, "shet-district", "")]
    [InlineData("Астана ШЫҰ саммитін өткізді.", "sco", RelationType.HeldIn, "astana", "")]
    [InlineData("Түркістан облысы «Наурыз» фестивалін өткізді.", "nauryz", RelationType.HeldIn, "turkistan-region", "")]
    [InlineData("Биыл Алматы Универсиаданы қабылдайды.", "universiade", RelationType.HeldIn, "almaty", "planned=true")]
    [InlineData("Биылғы «Мәдени мұра» фестивалі Түркістан қаласы мен Шымкентте өтті.", "madeni-mura", RelationType.HeldIn, "turkistan", "")]
    [InlineData("Тоқаевтың Путинмен келіссөзі өтті.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Кездесу барысында Қасым-Жомарт Тоқаев Владимир Путинге алғысын білдірді.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Кездесуде Қасым-Жомарт Тоқаев Ілхам Әлиевке сыйлық тапсырды.", "kassym-jomart-tokayev", RelationType.MetWith, "ilham-aliyev", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездесуінде екіжақты қатынастарды талқылады.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Владимир Путинмен кездесуінде Қасым-Жомарт Тоқаев екіжақты қатынастарды талқылады.", "vladimir-putin", RelationType.MetWith, "kassym-jomart-tokayev", "")]
    [InlineData("Қасым-Жомарт Тоқаев пен Владимир Путиннің кездесуінде екіжақты қатынастар талқыланды.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен сұхбаттасты.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен жұмыс кездесуін өткізді.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен екіжақты ынтымақтастық мәселелерін талқылады.", "kassym-jomart-tokayev", RelationType.MetWith, "vladimir-putin", "")]
    [InlineData("Алтай Көлгінов Қасым-Жомарт Тоқаевтың қабылдауында болды.", "altay-kolgynov", RelationType.MetWith, "kassym-jomart-tokayev", "")]
    [InlineData("Бүгін Нұрсұлтан Назарбаевтың қабылдауында Бақытжан Сағынтаев болды.", "nursultan-nazarbayev", RelationType.MetWith, "bakytzhan-sagyntaev", "")]
    [InlineData("Қасым-Жомарт Тоқаевтың қабылдауында болған Бақытжан Сағынтаев жұмыс барысын баяндады.", "kassym-jomart-tokayev", RelationType.MetWith, "bakytzhan-sagyntaev", "")]
    public void A_predicate_relates_the_arguments_its_case_frame_names(string sentence, string source, RelationType type, string target, string properties) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), source, type, target, properties);

    [Theory]
    [InlineData("Өзбекстанның Самарқанд қаласында жиын өтті.", "samarkand", "uzbekistan")]
    [InlineData("Түркістан облысы Төлеби ауданындағы мектеп жабылды.", "tolebi-district", "turkistan-region")]
    [InlineData("Түркістан облысы, Төлеби ауданында мектеп жабылды.", "tolebi-district", "turkistan-region")]
    [InlineData("Қарағанды облысына қарасты Теміртау қаласы.", "temirtau", "karaganda-region")]
    [InlineData("Алматы облысының Талғар ауданының Белбұлақ аулында мектеп ашылды.", "belbulak", "talgar-district")]
    [InlineData("Түркістан облысы, Сайрам ауданы, Ақсу аулындағы мектеп жабылды.", "aksu", "sayram-district")]
    [InlineData("Атырау облысы, Құлсары қаласынан келген жастар сайысқа қатысты.", "kulsary", "atyrau-region")]
    [InlineData("Түркістан облысы, Кентау қаласындағы зауыт іске қосылды.", "kentau", "turkistan-region")]
    [InlineData("Қазығұрт ауданының Жаңабазар елді мекенінде жиын өтті.", "zhanabazar", "kazygurt-district")]
    [InlineData("Шымкент — Түркістан облысындағы ірі қала.", "shymkent", "turkistan-region")]
    [InlineData("Алматы қаласының Бостандық ауданында жаңа мектеп ашылды.", "bostandyk-district", "almaty")]
    [InlineData("Ақмола облысы Бурабай ауданындағы Щучинск қаласында жиын өтті.", "shchuchinsk", "burabay-district")]
    [InlineData("Балқаш ауданының Бақбақты ауылында жиын өтті.", "bakbakty", "balkhash-district")]
    [InlineData("Шымкент — Қазақстанның оңтүстігіндегі ірі қала.", "shymkent", "kazakhstan")]
    [InlineData("Қазақстанның оңтүстігінде орналасқан Шымкент қаласы дамып келеді.", "shymkent", "kazakhstan")]
    [InlineData("Ресей Федерациясының Татарстан Республикасында фестиваль өтті.", "tatarstan", "russia")]
    [InlineData("Қытайдың Шыңжаң өлкесінде жәрмеңке өтті.", "xinjiang", "china")]
    [InlineData("Атырау облысының Құрманғазы ауданына қарасты Ганюшкино ауылында су тасыды.", "ganyushkino", "kurmangazy")]
    [InlineData("Ганюшкино ауылы Құрманғазы ауданында орналасқан.", "ganyushkino", "kurmangazy")]
    [InlineData("Қазақстан Орталық Азияда орналасқан.", "kazakhstan", "central-asia")]
    public void A_place_phrase_puts_the_part_in_its_whole(string sentence, string part, string whole) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), part, RelationType.LocatedIn, whole, "");

    // Қарасай ауданы Алматы облысында орналасқан: the district is the verb's subject; read as an address (larger unit first)
    // it put the region in the district as well.
    [Theory]
    [InlineData("Қарасай ауданы Алматы облысында орналасқан.", "karasay-district", "almaty-region")]
    [InlineData("Бурабай ауданы Ақмола облысында орналасқан.", "burabay-district", "akmola-region")]
    public void A_smaller_unit_named_before_a_larger_one_is_in_it_and_not_the_other_way_round(string sentence, string part, string whole)
    {
        var result = TestData.ExtractKazakh(sentence);

        RelationAssert.Single(result, part, RelationType.LocatedIn, whole, "");
        Assert.DoesNotContain(result.Relationships, r => r.Type == RelationType.LocatedIn && r.Source == whole);
    }

    // Not the winner, and speaking about an event, is no part in it.
    [Theory]
    [InlineData("Димаш Құдайбергенов «Славян базары» фестивалінің жеңімпазы атанбады.")]
    [InlineData("Димаш Құдайбергенов «Шабыт» фестивалінің бас жүлдесін жеңіп ала алмады.")]
    [InlineData("Қасым-Жомарт Тоқаев «Жаңа Жібек жолы» форумы туралы сөйледі.")]
    public void A_negated_win_or_a_talk_about_an_event_is_no_participation(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.ParticipatedIn);

    // The place nouns decide which of two towns is in which: a district is never put in a village.
    [Fact]
    public void A_district_is_not_located_in_a_village() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Құрманғазы ауданы Ганюшкино ауылында орналасқан.").Relationships, r => r.Type == RelationType.LocatedIn);

    // A list of units names them in turn; a region's town comes after it in a case of its own only in an address.
    [Theory]
    [InlineData("Қостанай облысы, Ақтөбе облысы, Орал қаласында жаңбыр жауды.")]
    [InlineData("Жиынға Павлодар облысы, Шымкент қаласы және Атырау облысы өкілдері келді.")]
    [InlineData("Ақмола облысы, Астана қаласында жиын өтті.")]
    public void A_city_after_a_region_and_a_comma_in_a_list_or_of_republican_rank_is_not_in_it(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.LocatedIn);

    // Шарль Мишельмен: the foreign name was read with its instrumental still on it.
    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев Еуропалық Одақ Кеңесінің Төрағасы Шарль Мишельмен кездесті.", "kassym-jomart-tokayev", "sharl-mishel")]
    [InlineData("Мәжіліс Төрағасы Нұрлан Нығматулин Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитетінің төрағасы Ли Чжаньшумен кездесті.", "nurlan-nygmatulin", "li-chzhanshu")]
    public void A_name_read_with_its_instrumental_before_a_verb_of_meeting_is_met(string sentence, string source, string target) =>
        Assert.Contains(TestData.ExtractKazakh(sentence).Relationships,
            r => r.Type == RelationType.MetWith && r.Source == source && r.Target.StartsWith(target, StringComparison.Ordinal));

    // Сүлеймен is a Kazakh name: -мен ends it without being the instrumental when no verb of meeting follows.
    [Fact]
    public void A_name_ending_in_men_elsewhere_keeps_its_own_case() =>
        RelationAssert.Single(TestData.ExtractKazakh("Мәжіліс депутаты Ерлан Сүлеймен жиында сөз сөйледі."),
            "erlan-suleymen", RelationType.HoldsPosition, "mazhilis", "role=Deputy");

    [Fact]
    public void The_city_a_capital_moved_from_is_not_the_capital() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("1997 жылы Қазақстанның астанасы Алматыдан Ақмолаға көшірілді.").Relationships, r => r.Type == RelationType.CapitalOf);

    // The name's reading keeps Конте's accusative (Konteni) or strips it: received either way.
    [Fact]
    public void A_name_received_right_before_qabyldady_is_met_though_its_accusative_was_not_read() =>
        Assert.Contains(TestData.ExtractKazakh("Қасым-Жомарт Тоқаев Италия Премьер-министрі Джузеппе Контені қабылдады.").Relationships,
            r => r.Type == RelationType.MetWith && r.Source == "kassym-jomart-tokayev" && r.Target.StartsWith("dzhuzeppe-konte", StringComparison.Ordinal));

    // A country holding an event organises it (ORGANIZED_BY, read elsewhere); only a city or region as the subject hosts it.
    [Fact]
    public void A_country_that_holds_an_event_is_not_said_to_host_it() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Қазақстан 2017 жылы ЭКСПО көрмесін өткізді.").Relationships, r => r.Type == RelationType.HeldIn);

    // The host of a reception is a named person in the genitive, not a post: "Президенттің қабылдауында" names no one.
    [Fact]
    public void A_reception_by_an_unnamed_host_is_no_meeting() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Алтай Көлгінов Президенттің қабылдауында болды.").Relationships, r => r.Type == RelationType.MetWith);

    [Fact]
    public void A_meeting_is_stored_once_whichever_way_round_it_is_told()
    {
        var result = TestData.ExtractKazakh("Қасым-Жомарт Тоқаев Владимир Путинмен кездесті. Владимир Путин Қасым-Жомарт Тоқаевпен кездесті.");

        var meeting = Assert.Single(result.Relationships, r => r.Type == RelationType.MetWith);
        Assert.Equal(("kassym-jomart-tokayev", "vladimir-putin"), (meeting.Source, meeting.Target));
        Assert.Equal([0, 1], meeting.Evidence.Select(e => e.Sentence));
    }

    [Fact]
    public void A_visit_to_a_list_of_places_is_a_visit_to_each()
    {
        var result = TestData.ExtractKazakh("Владимир Путин Қазақстан, Өзбекстан және Қырғызстанға барды.");

        Assert.Equal(["kazakhstan", "kyrgyzstan", "uzbekistan"], result.Relationships.Where(r => r.Type == RelationType.Visited).Select(r => r.Target).Order());
    }

    [Fact]
    public void A_meeting_with_a_list_each_in_the_instrumental_is_a_meeting_with_each()
    {
        var result = TestData.ExtractKazakh("Қасым-Жомарт Тоқаев Ілхам Әлиевпен және Шавкат Мирзиёевпен кездесті.");

        Assert.Equal(["ilham-aliyev", "shavkat-mirziyoyev"], result.Relationships.Where(r => r.Type == RelationType.MetWith).Select(r => r.Target).Order());
    }

    // Each name of the list carries the additive particle (Әлиевпен де, Мирзиёевпен де): the list is read past it.
    [Fact]
    public void A_meeting_with_a_list_whose_names_each_take_de_is_a_meeting_with_each()
    {
        var result = TestData.ExtractKazakh("Қасым-Жомарт Тоқаев Ілхам Әлиевпен де, Шавкат Мирзиёевпен де кездесті.");

        Assert.Equal(["ilham-aliyev", "shavkat-mirziyoyev"], result.Relationships.Where(r => r.Type == RelationType.MetWith).Select(r => r.Target).Order());
    }

    [Fact]
    public void A_place_in_the_attributive_locative_belongs_to_the_noun_after_it_not_to_an_event_elsewhere() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Қауіпсіздік кеңесінің отырысында қаралған мәселе — Арыстағы ауыл.").Relationships, r => r.Type == RelationType.HeldIn);

    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев арасында кездесу өтуі керек болған.")]
    [InlineData("Кездесу барысында Қасым-Жомарт Тоқаев пен Владимир Путин ештеңе талқыламады.")]
    [InlineData("Шымкент — Қазақстанның оңтүстігіндегі ірі қала емес.")]
    [InlineData("Қасым-Жомарт Тоқаев Шымкентті аралаған жоқ.")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлескен жоқ.")]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен сөйлесуі керек.")]
    [InlineData("Қасым-Жомарт Тоқаев Италия Премьер-министрі Джузеппе Контені қабылдаған жоқ.")]
    [InlineData("«Азия» форумының ұйымдастырушысы Сыртқы істер министрлігі емес.")]
    public void A_meeting_a_place_a_visit_or_an_organiser_the_sentence_denies_or_only_requires_states_nothing(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type is RelationType.MetWith or RelationType.LocatedIn or RelationType.Visited or RelationType.OrganizedBy);

    [Fact]
    public void A_subject_listed_with_others_after_it_is_one_of_many_who_took_part_or_went()
    {
        var result = TestData.ExtractKazakh("ШЫҰ саммитіне Қасым-Жомарт Тоқаев, Владимир Путин және Си Цзиньпин қатысты. Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Самарқандқа барды.");

        Assert.Equal(["kassym-jomart-tokayev", "vladimir-putin", "xi-jinping"], result.Relationships.Where(r => r.Type == RelationType.ParticipatedIn).Select(r => r.Source).Order());
        Assert.Equal(["kassym-jomart-tokayev", "shavkat-mirziyoyev"], result.Relationships.Where(r => r.Type == RelationType.Visited).Select(r => r.Source).Order());
    }

    [Fact]
    public void A_capital_is_not_also_said_to_lie_in_its_country() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Қазақстанның астанасы Нұр-Сұлтан қаласында форум өтті.").Relationships, r => r.Type == RelationType.LocatedIn);

    [Fact]
    public void A_place_in_a_participles_clause_is_not_where_the_event_was() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Ташкентте тұратын Қасым-Жомарт Тоқаев ШЫҰ саммитінің жұмысына қатысты.").Relationships, r => r.Type == RelationType.HeldIn);

    [Fact]
    public void A_copula_is_not_a_stay() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Асқар Мамин бұрын Астанада әкім болды.").Relationships, r => r.Type == RelationType.Visited);

    [Fact]
    public void A_participle_before_a_postposition_tells_a_fact_of_the_subject()
    {
        var result = TestData.ExtractKazakh("Ілхам Әлиев Астанаға келген соң Қасым-Жомарт Тоқаевпен кездесті.");

        RelationAssert.Single(result, "ilham-aliyev", RelationType.Visited, "astana", "");
        RelationAssert.Single(result, "ilham-aliyev", RelationType.MetWith, "kassym-jomart-tokayev", "");
    }
}

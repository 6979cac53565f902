using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// What a clause asserts decides what it states: denied, wished, required, intended, supposed, conditional and asked
/// events give no relation; scheduled ones are kept with <c>planned: true</c>; done ones without it.
/// </summary>
public sealed class ModalityTests
{
    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге бармады.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге барған жоқ.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге бармақшы.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге баруы мүмкін.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге баруы керек.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге барады деп жоспарлануда.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге барды ма?", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездеспеді.", RelationType.MetWith)]
    [InlineData("Алтай Көлгінов Қасым-Жомарт Тоқаевтың қабылдауында болмады.", RelationType.MetWith)]
    [InlineData("Кездесу барысында Қасым-Жомарт Тоқаев Владимир Путинге алғысын білдіруі мүмкін.", RelationType.MetWith)]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездесуінде екіжақты қатынастарды талқылауы мүмкін.", RelationType.MetWith)]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен екіжақты ынтымақтастық мәселелерін талқыламады.", RelationType.MetWith)]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездесуге келісті.", RelationType.MetWith)]
    [InlineData("Владимир Путинмен кездесу алдында Қасым-Жомарт Тоқаев осылай деді.", RelationType.MetWith)]
    [InlineData("Қасым-Жомарт Тоқаев 2025 жылы Ташкентте өтетін саммитке қатыспайды.", RelationType.ParticipatedIn)]
    [InlineData("Саммит 2025 жылы Ташкентте өтпеді.", RelationType.HeldIn)]
    [InlineData("Алматы қаласының әкімі болып Ерболат Досаев тағайындалмады.", RelationType.LeaderOf)]
    [InlineData("Алматы әкімі болмаған Бауыржан Байбек келді.", RelationType.LeaderOf)]
    [InlineData("Қасым-Жомарт Тоқаев Германияға сапар барысында Ангела Меркельмен кездеспеді.", RelationType.Visited)]
    [InlineData("Саммит 2020 жылы Ташкентте өтуі керек болған.", RelationType.HeldIn)]
    [InlineData("Саммит 2020 жылы Ташкентте өтуі керек болған.", RelationType.OccurredOn)]
    [InlineData("Егер саммит 2025 жылы Ташкентте өтсе, Қасым-Жомарт Тоқаев оған қатысады.", RelationType.HeldIn)]
    [InlineData("Егер саммит 2025 жылы Ташкентте өтсе, Қасым-Жомарт Тоқаев оған қатысады.", RelationType.ParticipatedIn)]
    [InlineData("Қасым-Жомарт Тоқаев пен Владимир Путиннің кездесуі екі елдің байланысына ықпал етуі мүмкін.", RelationType.MetWith)]
    [InlineData("Қасым-Жомарт Тоқаевтың Қытайға сапары жоспарлануда.", RelationType.Visited)]
    [InlineData("Қасым-Жомарт Тоқаевтың Қытайға сапары болған жоқ.", RelationType.Visited)]
    [InlineData("Астана — Қазақстанның астанасы емес.", RelationType.CapitalOf)]
    [InlineData("Шымкент — Түркістан облысындағы ірі қала емес.", RelationType.LocatedIn)]
    [InlineData("Кездесуде Қасым-Жомарт Тоқаев пен Ілхам Әлиев екіжақты қатынастарды талқылауы мүмкін.", RelationType.MetWith)]
    [InlineData("Менің ойымша, Қасым-Жомарт Тоқаев Қазақстан Президенті болып сайланатын болса, жақсы.", RelationType.LeaderOf)]
    public void A_clause_that_does_not_assert_its_event_states_no_relation(string sentence, RelationType type)
    {
        var result = TestData.ExtractKazakh(sentence);

        Assert.True(result.Relationships.All(r => r.Type != type), RelationAssert.Describe(result));
    }

    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев ертең Мәскеуге барады.", RelationType.Visited, true)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге барады деп күтілуде.", RelationType.Visited, true)]
    [InlineData("Қасым-Жомарт Тоқаев Мәскеуге барды.", RelationType.Visited, false)]
    [InlineData("Қасым-Жомарт Тоқаев Владимир Путинмен кездесетін болды.", RelationType.MetWith, true)]
    [InlineData("Ертең Алтай Көлгінов Қасым-Жомарт Тоқаевтың қабылдауында болады.", RelationType.MetWith, true)]
    [InlineData("Саммит 2025 жылы Ташкентте өтеді.", RelationType.HeldIn, true)]
    [InlineData("Саммит 2025 жылы Ташкентте өтеді.", RelationType.OccurredOn, true)]
    [InlineData("Форум 2025 жылы Алматыда өтпек.", RelationType.HeldIn, true)]
    [InlineData("Саммит 2023 жылы Ташкентте өтті.", RelationType.HeldIn, false)]
    [InlineData("Саммит 2023 жылы Ташкентте өтуде.", RelationType.HeldIn, false)]
    public void A_scheduled_event_is_kept_as_planned_and_a_done_one_is_not(string sentence, RelationType type, bool planned)
    {
        var relation = Assert.Single(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == type);

        Assert.Equal(planned, relation.Properties.GetValueOrDefault("planned") == "true");
    }

    [Fact]
    public void A_fact_one_sentence_schedules_and_another_reports_done_is_not_planned()
    {
        var result = TestData.ExtractKazakh("Саммит 2025 жылы Ташкентте өтеді. Саммит 2025 жылы Ташкентте өтті.");

        var held = Assert.Single(result.Relationships, r => r.Type == RelationType.HeldIn);
        Assert.False(held.Properties.ContainsKey("planned"));
        Assert.Equal(2, held.Evidence.Count);
    }
}

using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// The holder named right after a post whose name the labeller may miss (foreign names, rarer Kazakh ones): sentences
/// written for these tests.
/// </summary>
public sealed class PostHolderNameTests
{
    [Theory]
    [InlineData("АҚШ мемлекеттік хатшысы Майк Помпео бүгін Киевке келді.", "mayk-pompeo", RelationType.HoldsPosition, "united-states", "role=Secretary of State")]
    [InlineData("Израиль Президенті Реувен Ривлин құттықтау жолдады.", "reuven-rivlin", RelationType.LeaderOf, "israel", "role=President")]
    [InlineData("Орталық сайлау комиссиясының мүшесі Ләззат Сүлеймен сайлау туралы айтты.", "lazzat-suleymen", RelationType.MemberOf, "central-election-commission-kz", "")]
    [InlineData("Жапонияның елшісі Тадаси Ямамото сөз сөйледі.", "tadasi-yamamoto", RelationType.HoldsPosition, "japan", "role=Ambassador")]
    [InlineData("«Қазақтелеком» акционерлік қоғамының президенті Кэтрин Уолш мәлімдеді.", "ketrin-uolsh", RelationType.LeaderOf, "kazaktelekom", "role=President")]
    public void The_name_after_a_post_is_its_holder(string sentence, string source, RelationType type, string target, string properties) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), source, type, target, properties);

    [Theory]
    [InlineData("Кеңес мүшесі аман қалды.")]
    [InlineData("Қазақстанның тұңғыш Президенті интеграция дәуір талабы екенін жазады.")]
    [InlineData("Министрдің орынбасары лауазымдарын абыроймен атқарды.")]
    [InlineData("Қазақстан Президенті бірнеше жылдан бері осы жерде.")]
    [InlineData("Ұйымның төрағасы елорда шетіндегі ауылға барды.")]
    [InlineData("Тұрғын үй бөлімінің өкілдері келіспей отыр.")]
    [InlineData("«Қазақтелеком» акционерлік қоғамының президенті шетелдік серіктестермен келісім жасады.")]
    public void Words_after_a_post_that_are_no_name_make_no_person(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Entities, e => e.Type == "Person");
}

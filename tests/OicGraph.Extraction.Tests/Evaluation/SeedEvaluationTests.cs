using System.Text.Json;

namespace OicGraph.Extraction.Tests.Evaluation;

/// <summary>The seed interview scored against its gold annotation with score.py's rules; fails below the targets.</summary>
public sealed class SeedEvaluationTests
{
    private static readonly Lazy<SeedScore> Result = new(() =>
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(TestData.GoldPath));
        return SeedScorer.Score(gold.RootElement.Clone(), TestData.SeedExtraction, TestData.Seed);
    });

    private static SeedScore Score => Result.Value;

    [Fact]
    public void Entity_f1_is_at_least_0_95() => Assert.True(Score.EntityF1 >= 0.95, Score.ToString());

    [Fact]
    public void Relation_f1_is_at_least_0_95() => Assert.True(Score.RelationF1 >= 0.95, Score.ToString());

    [Fact]
    public void Property_accuracy_is_at_least_0_95() => Assert.True(Score.PropertyAccuracy >= 0.95, Score.ToString());

    [Fact]
    public void Every_span_is_the_source_text_at_its_offsets()
    {
        Assert.True(Score.SpansChecked > 100);
        Assert.Equal(0, Score.SpansWrong);
    }

    [Fact]
    public void Every_entity_has_a_mention_and_every_relation_evidence()
    {
        Assert.Equal(0, Score.EntitiesWithoutMentions);
        Assert.Equal(0, Score.RelationsWithoutEvidence);
    }

    [Fact]
    public void Scorer_normalises_names_like_score_py()
    {
        Assert.Equal("oic council of foreign ministers astana 2011", SeedScorer.Norm("OIC Council of Foreign Ministers (Astana, 2011)"));
        Assert.Equal("role of social media", SeedScorer.Norm("The role of social media"));
        Assert.Equal("al aqsa mosque", SeedScorer.Norm("Al-Aqsa Mosque"));
    }
}

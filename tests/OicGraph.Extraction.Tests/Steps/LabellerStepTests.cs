using OicGraph.Extraction.Steps.Labelling;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>The shipped labeller in the pipeline, on sentences written for these tests (Cyrillic, read as Kazinform prints them).</summary>
public sealed class LabellerStepTests
{
    [Fact]
    public void The_default_pipeline_loads_the_shipped_model_and_runs_it_after_the_rules()
    {
        Assert.NotNull(ExtractionPipeline.EmbeddedModel.Value);
        var names = ((ExtractionPipeline)ExtractionPipeline.CreateDefault()).StepNames.ToList();
        Assert.Equal(names.IndexOf("organizations") + 1, names.IndexOf("labeller"));
        Assert.Equal(names.IndexOf("labeller") + 1, names.IndexOf("relations"));
    }

    [Theory]
    [InlineData("Кеше Алматы қаласында Ержан Сапарбеков жаңа кітабын таныстырды.", "Person", "ەرجان ساپاربەكوۆ")]
    [InlineData("Сапар барысында Ташкентте өткен халықаралық форумға қатысты.", "City", "تاشكەنتتە")]
    public void Names_the_rules_do_not_know_are_labelled_with_their_whole_span(string cyrillic, string type, string mention)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        Assert.Contains(result.Entities, e => e.Type == type && e.Mentions.Any(m => m.Text == mention));
    }

    [Fact]
    public void The_seed_keeps_its_reference_entities_where_the_rules_are_exact()
    {
        var result = TestData.SeedExtraction;
        Assert.Contains(result.Entities, e => e.Id == "oic" && e.Mentions.Count > 5);
        Assert.Contains(result.Entities, e => e.Id == "kazakhstan");
        Assert.All(result.Entities.Where(e => e.Type == "Date"), d => Assert.True(d.Properties.ContainsKey("value")));
    }

    [Theory]
    [InlineData("kaznerd-0000", 5)]
    [InlineData("kaznerd-0000", 2)]
    [InlineData("doc-a", 5)]
    public void Folds_are_a_fixed_function_of_the_document_id(string id, int folds)
    {
        var fold = Folds.Of(id, folds);
        Assert.InRange(fold, 0, folds - 1);
        Assert.Equal(fold, Folds.Of(id, folds));
    }
}

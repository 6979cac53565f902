using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Steps;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// The labeller keeps a word's description and scores on its key's shared entry (KeyFacts): what it hands back from there
/// must be what it would work out for that very word, whatever other text or scorer reached the key first. Each test runs
/// on resources of its own, so no other test's words are already kept.
/// </summary>
public sealed class KeyEntryScoreTests
{
    // "Бір" written with and without its leading hamza: one match key (the key drops hamza), two texts.
    private const string WithHamza = "ءبىر";
    private const string WithoutHamza = "بىر";
    private const string Text = WithHamza + " ادام " + WithoutHamza + " كۇنى استاناعا كەلدى.";

    [Fact]
    public void A_word_of_the_same_key_but_another_text_shape_gets_its_own_description()
    {
        var context = Prepared(Text);
        var hamza = WordOf(context, WithHamza);
        var plain = WordOf(context, WithoutHamza);
        Assert.Equal(hamza.Key, plain.Key);

        var model = ExtractionPipeline.EmbeddedModel.Value;
        var scorer = new LabelScorer(model);
        Assert.True(scorer.Describe(context, hamza).Info.Hamza);

        var described = scorer.Describe(context, plain);

        Assert.False(described.Info.Hamza);
        Assert.Equal(DescribedAlone(model, WithoutHamza).Scores, described.Scores);
    }

    [Fact]
    public void A_word_described_again_is_answered_from_its_key_entry()
    {
        var context = Prepared(Text);
        var word = WordOf(context, "استاناعا");
        var scorer = new LabelScorer(ExtractionPipeline.EmbeddedModel.Value);

        var first = scorer.Describe(context, word);

        var entry = context.Resources.FactsOf(word).Labelled;
        Assert.NotNull(entry);
        Assert.Same(first, entry);
        Assert.Same(first, scorer.Describe(context, word));
    }

    [Fact]
    public void A_second_scorer_gets_its_own_model_s_scores_not_those_the_first_kept()
    {
        var context = Prepared(Text);
        var word = WordOf(context, "استاناعا");
        var model = ExtractionPipeline.EmbeddedModel.Value;
        var first = new LabelScorer(model);
        var second = new LabelScorer(model.WithClasses(WordClasses.None));
        var kept = first.Describe(context, word);

        var described = second.Describe(context, word);

        Assert.NotEqual(kept.Scores, described.Scores);
        Assert.Equal(DescribedAlone(model.WithClasses(WordClasses.None), "استاناعا").Scores, described.Scores);
        Assert.Same(kept, context.Resources.FactsOf(word).Labelled);
    }

    // The word as a new scorer describes it on new resources, with nothing kept anywhere yet.
    private static LabelScorer.ScoredWord DescribedAlone(SequenceModel model, string word)
    {
        var context = Prepared(Text);
        return new LabelScorer(model).Describe(context, WordOf(context, word));
    }

    private static ExtractionContext Prepared(string text)
    {
        var context = new ExtractionContext(new ExtractionInput(text), new ExtractionResources(ReferenceData.Load()), CancellationToken.None);
        foreach (var step in ExtractionPipeline.DefaultSteps(model: null).TakeWhile(s => s is not LinkRelationsStep))
        {
            step.Run(context);
        }

        return context;
    }

    private static Word WordOf(ExtractionContext context, string text) => Assert.Single(context.Words, w => w.Text == text);
}

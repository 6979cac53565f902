using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;
using Xunit.Abstractions;

namespace OicGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The labeller on news it was not trained on: a model trained here on four of five document folds of the KazNERD-Arab
/// dev set extracts the fifth with the full pipeline, scored as score_ner.py scores (strict spans). Fewer epochs than
/// the shipped model, to stay fast; the floors sit a little below what this run measured when they were set, so a
/// regression of the features, the trainer or the reconciliation with the rules fails here. The full 5-fold figure is
/// <c>oicgraph train valid.jsonl --folds 5 --predictions OUT.jsonl</c> (README).
/// </summary>
public sealed class LabellerCrossValidationTests(ITestOutputHelper output)
{
    private const double AllFloor = 0.84;
    private const double OrgFloor = 0.72;
    private const double PerFloor = 0.85;

    [SharedDataFact]
    public void A_model_trained_on_four_folds_scores_the_fifth_above_the_floors()
    {
        var documents = File.ReadLines(SharedData.DevDocuments).Where(l => l.Length > 0).Select(AnnotatedDocument.Parse).ToList();
        const int HeldOut = 0;
        var train = documents.Where(d => Folds.Of(d.Id, 5) != HeldOut).Select(d => (d.Id, LabellerTraining.PrepareSentences(d.Text, d.Spans))).ToList();
        var model = LabellerTraining.Train(train, new TrainingOptions(Epochs: 5));
        var extractor = ExtractionPipeline.WithLabeller(model);
        var score = new MentionScore();
        foreach (var d in documents.Where(d => Folds.Of(d.Id, 5) == HeldOut))
        {
            score.Add(d.Text, d.Spans, extractor.Extract(new ExtractionInput(d.Text, d.Id)));
        }

        foreach (var cls in MentionScore.Classes)
        {
            output.WriteLine($"{cls}: {score.Of(cls)} F1 {score.Of(cls).F1:F3}");
        }

        output.WriteLine($"ALL: {score.All} F1 {score.All.F1:F3}");
        Assert.True(score.All.F1 >= AllFloor, $"strict F1 {score.All.F1:F3} < {AllFloor}");
        Assert.True(score.Of("ORG").F1 >= OrgFloor, $"ORG F1 {score.Of("ORG").F1:F3} < {OrgFloor}");
        Assert.True(score.Of("PER").F1 >= PerFloor, $"PER F1 {score.Of("PER").F1:F3} < {PerFloor}");
    }
}

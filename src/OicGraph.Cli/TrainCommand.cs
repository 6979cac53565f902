using System.Globalization;
using System.Text.Json;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;

namespace OicGraph.Cli;

/// <summary>
/// <c>train</c> fits the entity labeller on an annotated JSONL file and writes the model; with <c>--folds K</c> it
/// cross-validates instead: K models, each trained without one fold of documents, and the full pipeline's output on the
/// held-out documents written as extraction JSONL, so the shared scorers score real held-out predictions.
/// </summary>
internal static class TrainCommand
{
    public static CliCommand Command { get; } = CliCommand.WithoutInput(
        "train",
        "train the entity labeller on annotated JSONL (or cross-validate it with --folds)",
        "oicgraph train DATA.jsonl --out MODEL.lbl.gz | train DATA.jsonl --folds K --predictions OUT.jsonl [--epochs N] [--seed S] [--orders N]",
        """
        train DATA.jsonl --out MODEL.lbl.gz
                              Trains the labeller on every document of DATA.jsonl (lines {"id", "text", "spans":
                              [{"start", "end", "type"}]}, KazNERD types) and writes the model. Deterministic: the
                              same data, epochs and seed give the same file. The model the extractor ships is
                              src/OicGraph.Labelling/Model/entities-kaznerd-arab-v1.lbl.gz, made by this command
                              from ../shared/data/kaznerd-arab/valid.jsonl.
        train DATA.jsonl --folds K --predictions OUT.jsonl
                              K-fold cross-validation by document (a document's fold is a hash of its id): for each
                              fold a model trained on the other folds extracts that fold's documents with the full
                              pipeline. OUT.jsonl holds one extraction result per document, in input order, for
                              score_ner.py and score_relations.py; the strict scores per class go to standard error.
        --epochs N            Passes over the data (default 12).
        --seed S              The shuffle seed (default 16).
        --orders N            Average N perceptrons, shuffled by S, S + 1000, ... (default 1).
        """,
        RunAsync);

    private static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? data = null, model = null, predictions = null;
        int? folds = null;
        var options = new TrainingOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a is "--out" or "--predictions" or "--folds" or "--epochs" or "--seed" or "--orders")
            {
                if (i + 1 >= args.Length)
                {
                    return await CliApp.UsageError(Command, error, $"{a} needs a value.");
                }

                var value = args[++i];
                switch (a)
                {
                    case "--out":
                        model = value;
                        break;
                    case "--predictions":
                        predictions = value;
                        break;
                    default:
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (a == "--folds" ? number < 2 : a is "--epochs" or "--orders" && number < 1))
                        {
                            return await CliApp.UsageError(Command, error, $"{a} takes a whole number{(a == "--folds" ? " of at least 2" : a is "--epochs" or "--orders" ? " of at least 1" : "")}, not '{value}'.");
                        }

                        if (a == "--folds")
                        {
                            folds = number;
                        }
                        else
                        {
                            options = a switch
                            {
                                "--epochs" => options with { Epochs = number },
                                "--orders" => options with { Orders = number },
                                _ => options with { Seed = number },
                            };
                        }

                        break;
                }
            }
            else if (a.StartsWith('-'))
            {
                return await CliApp.UsageError(Command, error, $"unknown option '{a}'.");
            }
            else if (data is null)
            {
                data = a;
            }
            else
            {
                return await CliApp.UsageError(Command, error, "one data file at a time.");
            }
        }

        if (data is null)
        {
            return await CliApp.UsageError(Command, error, "name the annotated JSONL file to train on.");
        }

        if (folds is null == (model is null) || (folds is not null && predictions is null) || (folds is null && predictions is not null))
        {
            return await CliApp.UsageError(Command, error, "give either --out MODEL, or --folds K with --predictions OUT.");
        }

        if (!File.Exists(data))
        {
            await error.WriteLineAsync($"oicgraph train: no such file: {data}");
            return ExitCodes.Failed;
        }

        var documents = new List<AnnotatedDocument>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(data, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(AnnotatedDocument.Parse(line));
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                await error.WriteLineAsync($"oicgraph train: {data} line {lineNumber}: {e.Message}");
                return ExitCodes.Failed;
            }
        }

        var prepared = documents.Select(d => (d.Id, LabellerTraining.PrepareSentences(d.Text, d.Spans, cancellationToken))).ToList();
        if (folds is null)
        {
            var trained = LabellerTraining.Train(prepared, options, cancellationToken);
            await using var file = File.Create(model!);
            ModelFormat.Write(trained, file);
            await error.WriteLineAsync($"oicgraph train: {documents.Count} documents, {trained.FeatureCount} features, {file.Length} bytes -> {model}");
            return ExitCodes.Ok;
        }

        var k = folds.Value;
        var fold = documents.Select(d => Folds.Of(d.Id, k)).ToArray();
        var results = new ExtractionResult?[documents.Count];
        var score = new MentionScore();
        for (var f = 0; f < k; f++)
        {
            var trained = LabellerTraining.Train([.. prepared.Where((_, i) => fold[i] != f)], options, cancellationToken);
            var extractor = ExtractionPipeline.WithLabeller(trained);
            for (var i = 0; i < documents.Count; i++)
            {
                if (fold[i] == f)
                {
                    results[i] = extractor.Extract(new ExtractionInput(documents[i].Text, documents[i].Id), cancellationToken);
                    score.Add(documents[i].Text, documents[i].Spans, results[i]!);
                }
            }

            await error.WriteLineAsync($"oicgraph train: fold {f + 1}/{k}: {documents.Count(d => Folds.Of(d.Id, k) == f)} held-out documents, {trained.FeatureCount} features");
        }

        await using (var writer = new StreamWriter(predictions!))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var r = results[i]!;
                await writer.WriteLineAsync(JsonSerializer.Serialize(ExtractCommand.JsonLineResult.Of(documents[i].Id, r), ExtractionJson.Options));
            }
        }

        foreach (var cls in MentionScore.Classes)
        {
            var c = score.Of(cls);
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"strict {cls} p={c.Precision:F3} r={c.Recall:F3} f1={c.F1:F3} (n={c.TruePositives + c.FalseNegatives})"));
        }

        var all = score.All;
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"strict ALL p={all.Precision:F3} r={all.Recall:F3} f1={all.F1:F3}"));
        return ExitCodes.Ok;
    }
}

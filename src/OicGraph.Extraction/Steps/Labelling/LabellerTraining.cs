using OicGraph.Extraction.Contract;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>A gold span of an annotated text: offsets into the exact text, end exclusive, and its KazNERD type.</summary>
public sealed record GoldSpan(int Start, int End, string Type);

/// <summary>
/// Turns annotated texts into the labeller's training sequences: the rule steps run exactly as in extraction, so the
/// features the model learns from are the ones it will see; the gold spans become BIO tags on the same words.
/// </summary>
public static class LabellerTraining
{
    public static TagSet Tags => LabelClasses.Tags;

    /// <summary>One training sequence per sentence of <paramref name="text"/>.</summary>
    public static IReadOnlyList<TrainingSequence> Prepare(string text, IReadOnlyList<GoldSpan> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var context = new ExtractionContext(new ExtractionInput(text), ExtractionResources.Shared, cancellationToken);
        foreach (var step in ExtractionPipeline.DefaultSteps(model: null))
        {
            if (step is LinkRelationsStep)
            {
                break;
            }

            step.Run(context);
        }

        var gold = GoldTags(context, spans);
        var sequence = new FeatureSequence();
        var result = new List<TrainingSequence>();
        foreach (var sentence in context.Sentences)
        {
            if (sentence.EndWord == sentence.FirstWord)
            {
                continue;
            }

            LabelFeatures.Build(context, sentence, context.Resources.WordTypes, sequence);
            result.Add(new TrainingSequence(sequence.ToArrays(), gold[sentence.FirstWord..sentence.EndWord]));
        }

        return result;
    }

    // A word is inside a gold span when its exact-text extent lies within it; spans cutting a word teach nothing.
    private static int[] GoldTags(ExtractionContext context, IReadOnlyList<GoldSpan> spans)
    {
        var words = context.Words;
        var tags = new int[words.Count];
        var starts = new (int Start, int End)[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = context.Normalized.ToOriginalSpan(words[i].Start, words[i].End);
        }

        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var cls = LabelClasses.OfKazNerd(span.Type);
            if (cls < 0)
            {
                continue;
            }

            var begun = false;
            for (var i = 0; i < words.Count; i++)
            {
                if (starts[i].Start >= span.Start && starts[i].End <= span.End && tags[i] == TagSet.Outside)
                {
                    tags[i] = begun ? TagSet.Inside(cls) : TagSet.Begin(cls);
                    begun = true;
                }
            }
        }

        return tags;
    }
}

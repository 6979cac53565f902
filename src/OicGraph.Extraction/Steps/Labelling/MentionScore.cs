using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>Strict counts of one class: predicted mentions with the exact gold span and class, and the misses either way.</summary>
public sealed record ClassCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The strict mention score of ../shared/eval/score_ner.py, in process: classes PER, LOC (GPE + LOCATION), ORG, EVT and
/// DATE (gold dates with a digit); a predicted mention overlapping only gold spans of other classes is not counted.
/// </summary>
public sealed class MentionScore
{
    public static readonly IReadOnlyList<string> Classes = ["PER", "LOC", "ORG", "EVT", "DATE"];

    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = Classes.ToDictionary(c => c, _ => (0, 0, 0), StringComparer.Ordinal);

    public void Add(string text, IReadOnlyList<GoldSpan> gold, ExtractionResult predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<(int, int, string)>();
        var other = new List<(int Start, int End)>();
        foreach (var span in gold)
        {
            var cls = GoldClass(span.Type);
            if (cls == "DATE" && !text.AsSpan(span.Start, span.End - span.Start).ContainsAnyInRange('0', '9'))
            {
                cls = null;
            }

            if (cls is null)
            {
                other.Add((span.Start, span.End));
            }
            else
            {
                goldSet.Add((span.Start, span.End, cls));
            }
        }

        var predictedSet = new HashSet<(int, int, string)>();
        foreach (var entity in predicted.Entities)
        {
            if (PredictedClass(entity.Type) is not { } cls)
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                if (other.Any(o => m.Start < o.End && o.Start < m.End) && !goldSet.Any(g => m.Start < g.Item2 && g.Item1 < m.End))
                {
                    continue;
                }

                predictedSet.Add((m.Start, m.End, cls));
            }
        }

        foreach (var p in predictedSet)
        {
            var c = _counts[p.Item3];
            _counts[p.Item3] = goldSet.Contains(p) ? (c.Tp + 1, c.Fp, c.Fn) : (c.Tp, c.Fp + 1, c.Fn);
        }

        foreach (var g in goldSet.Where(g => !predictedSet.Contains(g)))
        {
            var c = _counts[g.Item3];
            _counts[g.Item3] = (c.Tp, c.Fp, c.Fn + 1);
        }
    }

    public ClassCounts Of(string cls) => _counts[cls] is var (tp, fp, fn) ? new ClassCounts(tp, fp, fn) : throw new ArgumentException(cls);

    public ClassCounts All => new(_counts.Values.Sum(c => c.Tp), _counts.Values.Sum(c => c.Fp), _counts.Values.Sum(c => c.Fn));

    private static string? GoldClass(string type) => type switch
    {
        "PERSON" => "PER",
        "GPE" or "LOCATION" => "LOC",
        "ORGANISATION" => "ORG",
        "EVENT" => "EVT",
        "DATE" => "DATE",
        _ => null,
    };

    private static string? PredictedClass(string type) => type switch
    {
        "Person" => "PER",
        "Country" or "City" or "Region" or "Place" => "LOC",
        "Organization" => "ORG",
        "Event" => "EVT",
        "Date" => "DATE",
        _ => null,
    };
}

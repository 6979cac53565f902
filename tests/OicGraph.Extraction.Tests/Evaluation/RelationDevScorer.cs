using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Evaluation;

/// <summary>Counts of one scoring: true and false positives, misses, and the figures they give.</summary>
public sealed record RelationCounts(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static RelationCounts operator +(RelationCounts a, RelationCounts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {Tp}, fp {Fp}, fn {Fn})");
}

/// <summary>
/// score_relations.py's rules on relations-dev.jsonl (../shared/eval/README.md §3): same type (MET_WITH either way
/// round), both ends matched by an overlapping mention or the English name (a Date by its value), predictions collapsed
/// per (type, source, target), gold and predictions paired one-to-one by maximum matching. Only the vocabulary the gold
/// uses is scored; other predicted types are ignored, as the script ignores them.
/// </summary>
internal static partial class RelationDevScorer
{
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "LEADER_OF", "HOLDS_POSITION", "MET_WITH", "VISITED", "PARTICIPATED_IN", "HELD_IN", "OCCURRED_ON", "ORGANIZED_BY",
        "MEMBER_OF", "LOCATED_IN", "CAPITAL_OF", "PART_OF", "SIGNED", "PROPOSED", "WORKS_FOR",
    };

    /// <summary>
    /// The honest split of the 50 documents: the first byte of SHA-256(id) even is the half rules were tuned on, odd the
    /// half kept unseen until the end.
    /// </summary>
    public static bool IsTuningHalf(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 2 == 0;

    public static RelationCounts Score(JsonElement gold, ExtractionResult predicted)
    {
        var entities = predicted.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var predictions = predicted.Relationships
            .Where(r => Vocabulary.Contains(r.Type.Name()))
            .DistinctBy(r => r.Type == RelationType.MetWith
                ? (r.Type, string.CompareOrdinal(r.Source, r.Target) < 0 ? r.Source : r.Target, string.CompareOrdinal(r.Source, r.Target) < 0 ? r.Target : r.Source)
                : (r.Type, r.Source, r.Target))
            .ToList();
        var golds = gold.GetProperty("relations").EnumerateArray().ToList();
        var edges = golds.Select(g => Enumerable.Range(0, predictions.Count).Where(p => Matches(predictions[p], entities, g)).ToList()).ToList();
        var matched = MaximumMatching(edges);
        return new RelationCounts(matched, predictions.Count - matched, golds.Count - matched);
    }

    private static bool Matches(ExtractedRelationship p, Dictionary<string, ExtractedEntity> entities, JsonElement g)
    {
        if (p.Type.Name() != g.GetProperty("type").GetString())
        {
            return false;
        }

        var (source, target) = (entities.GetValueOrDefault(p.Source), entities.GetValueOrDefault(p.Target));
        return (EndMatches(source, g.GetProperty("source")) && EndMatches(target, g.GetProperty("target")))
            || (p.Type == RelationType.MetWith && EndMatches(source, g.GetProperty("target")) && EndMatches(target, g.GetProperty("source")));
    }

    private static bool EndMatches(ExtractedEntity? entity, JsonElement end)
    {
        if (entity is null)
        {
            return false;
        }

        var spans = new List<JsonElement> { end.GetProperty("span") };
        if (end.TryGetProperty("other_spans", out var others))
        {
            spans.AddRange(others.EnumerateArray());
        }

        foreach (var span in spans)
        {
            var (start, stop) = (span[0].GetInt32(), span[1].GetInt32());
            if (entity.Mentions.Any(m => m.Start < stop && start < m.End))
            {
                return true;
            }
        }

        var name = end.GetProperty("name_en").GetString() ?? "";
        if ((end.GetProperty("type").GetString() == "Date" || entity.Type == "Date") && entity.Properties.GetValueOrDefault("value") is { Length: > 0 } value && value == name)
        {
            return true;
        }

        var wanted = Norm(name);
        return wanted == Norm(entity.Name) || (entity.Names.TryGetValue("en", out var en) && wanted == Norm(en));
    }

    // score.py's norm(): accents and case folded, punctuation to spaces, a leading "the" dropped.
    private static string Norm(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormKD);
        var letters = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c);
            }
        }

        var folded = Punctuation().Replace(letters.ToString().ToLowerInvariant(), " ");
        folded = Spaces().Replace(folded, " ").Trim();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    // Kuhn's augmenting paths over gold relations in order, as score_relations.py pairs them.
    private static int MaximumMatching(List<List<int>> edges)
    {
        var owner = new Dictionary<int, int>();
        bool Augment(int g, HashSet<int> seen)
        {
            foreach (var p in edges[g])
            {
                if (seen.Add(p) && (!owner.TryGetValue(p, out var other) || Augment(other, seen)))
                {
                    owner[p] = g;
                    return true;
                }
            }

            return false;
        }

        for (var g = 0; g < edges.Count; g++)
        {
            Augment(g, []);
        }

        return owner.Count;
    }

    [GeneratedRegex("[\\-\u2010-\u2015_.,'\u2019\"«»()/]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}

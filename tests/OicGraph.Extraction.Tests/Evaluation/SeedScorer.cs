using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Evaluation;

/// <summary>
/// A port of ../shared/eval/score.py: entities match on type plus a normalised name (Dates on their value, Events also on
/// their HELD_IN place and OCCURRED_ON year); relations on (source, type, target) once both ends match; recall over
/// required gold items, precision over every prediction; spans checked against the source.
/// </summary>
internal static partial class SeedScorer
{
    public static SeedScore Score(JsonElement gold, ExtractionResult predicted, string? source)
    {
        var golds = gold.GetProperty("entities").EnumerateArray().Select(GoldEntity.Of).ToList();
        var entities = predicted.Entities;
        var relations = predicted.Relationships;
        var byId = entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var matched = new Dictionary<string, string>();
        foreach (var entity in entities.Where(e => e.Type != "Event"))
        {
            if (MatchByName(entity, golds).FirstOrDefault() is { } key)
            {
                matched[entity.Id] = key;
            }
        }

        foreach (var entity in entities.Where(e => e.Type == "Event"))
        {
            var key = MatchByName(entity, golds).FirstOrDefault() ?? MatchBySignature(entity, golds, relations, byId, matched);
            if (key is not null)
            {
                matched[entity.Id] = key;
            }
        }

        var required = golds.Where(g => g.Required).Select(g => g.Key).ToHashSet();
        var found = matched.Values.ToHashSet();
        var entityTp = entities.Count(e => matched.ContainsKey(e.Id));

        var goldRelations = gold.GetProperty("relationships").EnumerateArray().ToDictionary(
            r => (r.GetProperty("source").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("target").GetString()!));
        var requiredRelations = goldRelations.Where(r => r.Value.GetProperty("required").GetBoolean()).Select(r => r.Key).ToHashSet();
        var relationFound = new HashSet<(string, string, string)>();
        int relationTp = 0, propertiesOk = 0, properties = 0;
        var unmatchedRelations = new List<string>();
        foreach (var relation in relations)
        {
            var key = (matched.GetValueOrDefault(relation.Source) ?? "", relation.Type.Name(), matched.GetValueOrDefault(relation.Target) ?? "");
            if (!goldRelations.TryGetValue(key, out var goldRelation))
            {
                unmatchedRelations.Add($"{byId.GetValueOrDefault(relation.Source)?.Name ?? relation.Source} -{relation.Type}-> {byId.GetValueOrDefault(relation.Target)?.Name ?? relation.Target}");
                continue;
            }

            relationTp++;
            relationFound.Add(key);
            foreach (var property in goldRelation.GetProperty("properties").EnumerateObject())
            {
                properties++;
                var expected = property.Value.GetString() ?? "";
                var got = relation.Properties.GetValueOrDefault(property.Name, "");
                if ((property.Name == "role" && Norm(got).Contains(Norm(expected), StringComparison.Ordinal)) || got == expected)
                {
                    propertiesOk++;
                }
            }
        }

        var (spans, wrong) = CheckSpans(predicted, source);
        return new SeedScore(
            entities.Count == 0 ? 0 : (double)entityTp / entities.Count,
            required.Count == 0 ? 1 : (double)required.Intersect(found).Count() / required.Count,
            relations.Count == 0 ? 0 : (double)relationTp / relations.Count,
            requiredRelations.Count == 0 ? 1 : (double)requiredRelations.Intersect(relationFound).Count() / requiredRelations.Count,
            properties == 0 ? null : (double)propertiesOk / properties,
            spans,
            wrong,
            entities.Count(e => e.Mentions.Count == 0),
            relations.Count(r => r.Evidence.Count == 0),
            [.. required.Except(found).Order(StringComparer.Ordinal)],
            [.. requiredRelations.Except(relationFound).Select(k => $"{k.Item1} -{k.Item2}-> {k.Item3}").Order(StringComparer.Ordinal)],
            [.. entities.Where(e => !matched.ContainsKey(e.Id)).Select(e => $"{e.Type}:{e.Name}").Order(StringComparer.Ordinal)],
            [.. unmatchedRelations.Order(StringComparer.Ordinal)]);
    }

    private static (int Spans, int Wrong) CheckSpans(ExtractionResult predicted, string? source)
    {
        if (source is null)
        {
            return (0, 0);
        }

        var spans = predicted.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, m.Text)))
            .Concat(predicted.Relationships.SelectMany(r => r.Evidence.Select(e => (e.Start, e.End, e.Text))))
            .ToList();
        var wrong = spans.Count(s => s.Start < 0 || s.End > source.Length || s.Start > s.End || source[s.Start..s.End] != s.Text);
        return (spans.Count, wrong);
    }

    private static IEnumerable<string> MatchByName(ExtractedEntity entity, List<GoldEntity> golds)
    {
        if (entity.Type == "Date")
        {
            var value = entity.Properties.GetValueOrDefault("value") ?? entity.Name;
            return golds.Where(g => g.Type == "Date" && g.Value == value).Select(g => g.Key);
        }

        var names = new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases).Where(n => n.Length > 0).Select(Norm).ToHashSet();
        return golds.Where(g => g.Type == entity.Type && g.Names.Overlaps(names)).Select(g => g.Key);
    }

    private static string? MatchBySignature(ExtractedEntity entity, List<GoldEntity> golds, IReadOnlyList<ExtractedRelationship> relations,
        Dictionary<string, ExtractedEntity> byId, Dictionary<string, string> matched)
    {
        var places = new HashSet<string>();
        var dates = new HashSet<string>();
        if (entity.Properties.TryGetValue("date", out var date))
        {
            dates.Add(date);
        }

        if (entity.Properties.TryGetValue("place", out var place) && matched.TryGetValue(place, out var placeKey))
        {
            places.Add(placeKey);
        }

        foreach (var relation in relations.Where(r => r.Source == entity.Id))
        {
            if (relation.Type == RelationType.HeldIn && matched.TryGetValue(relation.Target, out var target))
            {
                places.Add(target);
            }

            if (relation.Type == RelationType.OccurredOn && byId.TryGetValue(relation.Target, out var day))
            {
                dates.Add(day.Properties.GetValueOrDefault("value") ?? day.Name);
            }
        }

        return golds.FirstOrDefault(g => g.Type == "Event" && g.Date is not null && g.Places.Overlaps(places)
            && dates.Any(d => d.Length >= 4 && g.Date.Length >= 4 && d[..4] == g.Date[..4]))?.Key;
    }

    public static string Norm(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        var s = Punctuation().Replace(sb.ToString(), " ");
        s = Spaces().Replace(s, " ").Trim();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    [GeneratedRegex("[\\-\u2010-\u2015_.,'’\"«»()]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    private sealed record GoldEntity(string Key, string Type, HashSet<string> Names, bool Required, string? Value, string? Date, HashSet<string> Places)
    {
        public static GoldEntity Of(JsonElement e) => new(
            e.GetProperty("key").GetString()!,
            e.GetProperty("type").GetString()!,
            e.GetProperty("names").EnumerateArray().Select(n => Norm(n.GetString()!)).ToHashSet(),
            e.GetProperty("required").GetBoolean(),
            e.TryGetProperty("value", out var v) ? v.GetString() : null,
            e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
            e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : []);
    }
}

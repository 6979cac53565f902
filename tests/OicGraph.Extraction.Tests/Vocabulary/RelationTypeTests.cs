using System.Text.Json;
using System.Text.RegularExpressions;
using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Vocabulary;

/// <summary>The relation vocabulary is one closed set: every name safe for Cypher text, the same in JSON, listed in README.</summary>
public sealed partial class RelationTypeTests
{
    [Fact]
    public void Every_type_has_a_distinct_upper_snake_case_name_that_parses_back()
    {
        Assert.Equal(Enum.GetValues<RelationType>().Length, RelationTypes.AllNames.Distinct(StringComparer.Ordinal).Count());
        foreach (var type in RelationTypes.All)
        {
            Assert.Matches(UpperSnake(), type.Name());
            Assert.True(RelationTypes.TryParse(type.Name(), out var parsed));
            Assert.Equal(type, parsed);
        }

        Assert.DoesNotContain(RelationTypes.Mentions, RelationTypes.AllNames);
    }

    [Theory]
    [InlineData("member_of")]
    [InlineData("MemberOf")]
    [InlineData("MENTIONS")]
    [InlineData("MEMBER_OF) DETACH DELETE (n")]
    [InlineData("")]
    public void A_name_outside_the_vocabulary_does_not_parse(string name)
    {
        Assert.False(RelationTypes.TryParse(name, out _));
        Assert.Contains("MEMBER_OF", Assert.Throws<FormatException>(() => RelationTypes.Parse(name)).Message);
    }

    [Fact]
    public void A_value_outside_the_enum_has_no_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RelationType)999).Name());

    [Fact]
    public void Json_writes_and_reads_the_neo4j_name()
    {
        var relationship = new ExtractedRelationship(RelationType.HoldsPosition, "a", "b", new Dictionary<string, string>(), []);

        var json = ExtractionJson.Serialize(new ExtractionResult(new ExtractedDocument("d", null, "kk", "Arab"), [], [relationship]));

        Assert.Contains("\"type\":\"HOLDS_POSITION\"", json);
        Assert.Equal("\"MET_WITH\"", JsonSerializer.Serialize(RelationType.MetWith));
        Assert.Equal(RelationType.MetWith, JsonSerializer.Deserialize<RelationType>("\"MET_WITH\""));
    }

    [Fact]
    public void The_readme_vocabulary_table_lists_exactly_the_closed_set()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("### Relation vocabulary", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("| type |", StringComparison.Ordinal), StringComparison.Ordinal)];

        var listed = TableRow().Matches(section).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(RelationTypes.AllNames, listed);
    }

    [Fact]
    public void Every_type_the_seed_gold_uses_is_in_the_closed_set()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(TestData.GoldPath));
        var used = gold.RootElement.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("type").GetString()!).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(RelationTypes.TryParse(name, out _), $"{name} is used by seed-gold.json but is not a RelationType"));
    }

    [SharedDataFact]
    public void Every_type_the_relation_gold_uses_is_in_the_closed_set()
    {
        var used = File.ReadLines(SharedData.RelationGold)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()!))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(RelationTypes.TryParse(name, out _), $"{name} is used by relations-dev.jsonl but is not a RelationType"));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperSnake();

    [GeneratedRegex(@"^\| `([A-Z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}

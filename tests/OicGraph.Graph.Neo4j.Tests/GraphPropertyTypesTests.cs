using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Store;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>The typed graph model both adapters share: what a Cypher query compares, and what reads back into the model.</summary>
public sealed class GraphPropertyTypesTests
{
    [Theory]
    [InlineData("1992", 1992)]
    [InlineData("2017-05", 2017)]
    [InlineData("2017-09-10", 2017)]
    [InlineData("2014/2016", 2014)]
    [InlineData("199", null)]
    [InlineData("19921", null)]
    [InlineData("around 1990", null)]
    [InlineData("", null)]
    public void The_year_of_a_date_is_its_first_four_digits_only_when_they_are_a_year(string date, int? year) =>
        Assert.Equal(year, GraphPropertyTypes.YearOfDate(date));

    [Fact]
    public void Entity_integers_become_numbers_and_dates_gain_their_year()
    {
        var entity = Entity(new() { ["accession"] = "1995", ["iso2"] = "KZ", ["value"] = "2017-05" });

        var map = GraphModelProperties.Of(entity);

        Assert.Equal(1995L, map["accession"]);
        Assert.Equal("KZ", map["iso2"]);
        Assert.Equal("2017-05", map["value"]);
        Assert.Equal(2017L, map["year"]);
    }

    [Fact]
    public void Fact_dates_keep_their_iso_text_and_gain_an_integer_year_beside_them()
    {
        var map = GraphModelProperties.Of(Fact(new() { ["since"] = "1992", ["until"] = "2014/2016", ["year"] = "2011", ["role"] = "chair" }));

        Assert.Equal("1992", map["since"]);
        Assert.Equal(1992L, map["sinceYear"]);
        Assert.Equal("2014/2016", map["until"]);
        Assert.Equal(2014L, map["untilYear"]);
        Assert.Equal(2011L, map["year"]);
        Assert.Equal("chair", map["role"]);
    }

    [Fact]
    public void A_value_that_is_not_a_number_stays_text_rather_than_being_lost()
    {
        var map = GraphModelProperties.Of(Entity(new() { ["accession"] = "about 1990" }));

        Assert.Equal("about 1990", map["accession"]);
    }

    [Fact]
    public void A_document_date_gains_its_year()
    {
        var document = Document.Create("d", DocumentKinds.Article, "d", null, "2023-11", "kk", "Arab", "text", DateTimeOffset.UnixEpoch);

        Assert.Equal(2023L, GraphModelProperties.Of(document)["year"]);
    }

    [Fact]
    public void Typed_values_read_back_as_the_model_wrote_them_and_derived_years_are_not_read_as_claims()
    {
        var entity = Entity(new() { ["accession"] = "1995", ["value"] = "2017-05", ["year"] = "a source's own year" });
        var fact = Fact(new() { ["since"] = "1992", ["year"] = "2011" });

        var entityBack = Mapping.ToEntity(GraphModelProperties.Of(entity));
        var factBack = Mapping.ToRelationship(new Dictionary<string, object?>
        {
            ["type"] = fact.Type.Name(), ["source"] = fact.SourceId, ["target"] = fact.TargetId, ["properties"] = GraphModelProperties.Of(fact),
        });

        Assert.Equal(entity.Properties.OrderBy(p => p.Key), entityBack.Properties.OrderBy(p => p.Key));
        Assert.Equal(fact.Properties.OrderBy(p => p.Key), factBack.Properties.OrderBy(p => p.Key));
    }

    private static Entity Entity(Dictionary<string, string> properties) =>
        new("x", EntityType.Date, "x", new Dictionary<string, string> { ["en"] = "x" }, [], properties, []);

    private static Relationship Fact(Dictionary<string, string> properties) =>
        new("a--member-of--b", RelationType.MemberOf, "a", "b", properties, [new Evidence("d", 0, 1, "x", 0)]);
}

using FluentValidation.TestHelper;
using OicGraph.Api.Contracts;
using OicGraph.Api.Validation;

namespace OicGraph.Api.Tests;

public sealed class ValidatorTests
{
    [Fact]
    public void An_entity_list_query_accepts_any_type_name_case_and_refuses_unknown_types()
    {
        var validator = new EntityListQueryValidator();

        validator.TestValidate(new EntityListQuery("country", "قازاقستان", null, 0, 500)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new EntityListQuery("Planet", null, null, null, null)).ShouldHaveValidationErrorFor("type");
        validator.TestValidate(new EntityListQuery(null, new string('x', 201), null, null, null)).ShouldHaveValidationErrorFor("q");
        validator.TestValidate(new EntityListQuery(null, null, null, -1, 0)).ShouldHaveValidationErrorFor("offset");
        validator.TestValidate(new EntityListQuery(null, null, null, null, 501)).ShouldHaveValidationErrorFor("limit");
    }

    [Fact]
    public void Relationship_types_may_be_repeated_or_comma_separated_but_must_be_names_of_the_vocabulary()
    {
        var validator = new RelationshipListQueryValidator();

        validator.TestValidate(new RelationshipListQuery(["MEMBER_OF,HELD_IN", "OCCURRED_ON"], null, null, null)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new RelationshipListQuery(["member_of"], null, null, null)).ShouldHaveValidationErrorFor("type");
        validator.TestValidate(new RelationshipListQuery(["MEMBER OF"], null, null, null)).ShouldHaveValidationErrorFor("type");
        validator.TestValidate(new RelationshipListQuery(["MET_WITH,VISITED"], null, null, null)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new RelationshipListQuery(["MEMBER_OF,FRIEND_OF"], null, null, null)).ShouldHaveValidationErrorFor("type")
            .WithErrorMessage(RelationshipTypes.UnknownMessage);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2023", true)]
    [InlineData("2023-11", true)]
    [InlineData("2023-11-24", true)]
    [InlineData("2023-13", false)]
    [InlineData("2023-02-30", false)]
    [InlineData("23-11", false)]
    [InlineData("November 2023", false)]
    public void Dates_are_iso_8601_years_months_or_days(string? date, bool valid)
    {
        var result = new ExtractRequestValidator().TestValidate(new ExtractRequest("قازاقستان", null, date));

        Assert.Equal(valid, !result.Errors.Any(e => e.PropertyName == "date"));
    }

    [Fact]
    public void A_document_needs_text_an_http_url_and_kazakh_in_arabic_script()
    {
        var validator = new CreateDocumentRequestValidator();

        validator.TestValidate(new CreateDocumentRequest("قازاقستان", "t", "https://example.org/a", "2024", "kk", "Arab", "my-doc")).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new CreateDocumentRequest("", null, null, null, null, null, null)).ShouldHaveValidationErrorFor("text");
        validator.TestValidate(new CreateDocumentRequest("x", null, "ftp://example.org", null, null, null, null)).ShouldHaveValidationErrorFor("sourceUrl");
        validator.TestValidate(new CreateDocumentRequest("x", null, null, null, "ru", null, null)).ShouldHaveValidationErrorFor("language");
        validator.TestValidate(new CreateDocumentRequest("x", null, null, null, null, "Cyrl", null)).ShouldHaveValidationErrorFor("script");
        validator.TestValidate(new CreateDocumentRequest("x", null, null, null, null, null, "../x")).ShouldHaveValidationErrorFor("id");
    }

    [Fact]
    public void Paths_need_both_ends_and_at_most_six_hops()
    {
        var validator = new PathQueryValidator();

        validator.TestValidate(new PathQuery("a", "b", 6, 100)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new PathQuery(null, "b", null, null)).ShouldHaveValidationErrorFor("from");
        validator.TestValidate(new PathQuery("a", "", null, null)).ShouldHaveValidationErrorFor("to");
        validator.TestValidate(new PathQuery("a", "b", 7, null)).ShouldHaveValidationErrorFor("maxDepth");
        validator.TestValidate(new PathQuery("a", "b", 0, null)).ShouldHaveValidationErrorFor("maxDepth");
    }

    [Fact]
    public void A_graph_export_names_a_known_format_and_known_types()
    {
        var validator = new GraphExportQueryValidator();

        validator.TestValidate(new GraphExportQuery(["kazakhstan"], ["Country,City"], ["MEMBER_OF"], 2, 100, "GraphML")).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new GraphExportQuery(null, null, null, null, null, "pdf")).ShouldHaveValidationErrorFor("format");
        validator.TestValidate(new GraphExportQuery(null, ["Planet"], null, null, null, null)).ShouldHaveValidationErrorFor("types");
        validator.TestValidate(new GraphExportQuery(null, null, null, 4, null, null)).ShouldHaveValidationErrorFor("depth");
    }

    [Fact]
    public void A_timeline_range_must_run_forwards()
    {
        var validator = new TimelineQueryValidator();

        validator.TestValidate(new TimelineQuery("1969", "2023-11", null)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new TimelineQuery("2023", "1969", null)).ShouldHaveValidationErrorFor("from");
        validator.TestValidate(new TimelineQuery("yesterday", null, null)).ShouldHaveValidationErrorFor("from");
    }

    [Fact]
    public void A_cypher_request_needs_a_query_and_sane_limits()
    {
        var validator = new CypherRequestValidator();

        validator.TestValidate(new CypherRequest("RETURN 1", null, 10_000, 120)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new CypherRequest(" ", null, null, null)).ShouldHaveValidationErrorFor("query");
        validator.TestValidate(new CypherRequest("RETURN 1", null, 10_001, null)).ShouldHaveValidationErrorFor("rowLimit");
        validator.TestValidate(new CypherRequest("RETURN 1", null, null, 0)).ShouldHaveValidationErrorFor("timeoutSeconds");
        validator.TestValidate(new CypherRequest("RETURN 1", new Dictionary<string, System.Text.Json.JsonElement> { ["a-b"] = System.Text.Json.JsonSerializer.SerializeToElement(1) }, null, null)).ShouldHaveValidationErrorFor("parameters");
    }

    [Fact]
    public void Neighbours_are_one_to_three_hops_away()
    {
        var validator = new NeighborsQueryValidator();

        validator.TestValidate(new NeighborsQuery(3, 2000)).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new NeighborsQuery(4, null)).ShouldHaveValidationErrorFor("depth");
        validator.TestValidate(new NeighborsQuery(null, 2001)).ShouldHaveValidationErrorFor("limit");
    }
}

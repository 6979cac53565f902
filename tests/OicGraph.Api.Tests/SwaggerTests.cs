using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class SwaggerTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string> Operations => new()
    {
        { "get", "/api/entities", "ListEntities" },
        { "get", "/api/entities/{id}", "GetEntity" },
        { "get", "/api/entities/{id}/relationships", "GetEntityRelationships" },
        { "get", "/api/entities/{id}/neighbors", "GetEntityNeighbors" },
        { "get", "/api/relationships", "ListRelationships" },
        { "get", "/api/relationships/{id}", "GetRelationship" },
        { "get", "/api/documents", "ListDocuments" },
        { "get", "/api/documents/{id}", "GetDocument" },
        { "get", "/api/stats", "GetStats" },
        { "post", "/api/extract", "Extract" },
        { "get", "/health/live", "Live" },
        { "get", "/health/ready", "Ready" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_is_documented_with_summary_description_and_responses(string method, string path, string operationId)
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _));
        foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [])
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{operationId}: parameter {parameter.GetProperty("name")} has no description");
            Assert.True(parameter.TryGetProperty("example", out _), $"{operationId}: parameter {parameter.GetProperty("name")} has no example");
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await _client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

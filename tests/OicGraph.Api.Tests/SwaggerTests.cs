using System.Net;

namespace OicGraph.Api.Tests;

public sealed class SwaggerTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await _client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 answer with the status and returns its body for further checks.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("traceId").GetString()));
        // Every problem names a documented type, and one meant for its status.
        var type = Assert.Single(OicGraph.Api.Errors.ProblemTypes.All, t => t.Uri == body.GetProperty("type").GetString());
        Assert.True(type.Status == (int)status, $"{type.Uri} is documented for {type.Status}, answered with {(int)status}");
        return body;
    }

    /// <summary>The messages a validation problem lists for one field.</summary>
    public static IReadOnlyList<string> ErrorsFor(this JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
}

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace OicGraph.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document is a contract integrators generate clients from: it passes Redocly's recommended rules, a
/// TypeScript client generated from it compiles under <c>tsc --strict</c> against a usage file, and every operation is
/// documented and answers what it documents when tried with its own examples.
/// </summary>
public sealed class OpenApiContractTests(OpenApiContractFactory factory, ITestOutputHelper output) : IClassFixture<OpenApiContractFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [NodeToolsFact]
    public async Task The_document_passes_redocly_recommended_rules_with_no_errors()
    {
        Assert.Null(NodeTools.Missing);
        var folder = await WriteDocumentAsync();

        var (code, text) = await NodeTools.RunAsync("@redocly/cli/bin/cli.js", "lint swagger.json --extends recommended --format stylish", folder);

        output.WriteLine(text);
        Assert.True(code == 0 && !text.Contains("Validation failed", StringComparison.Ordinal), "Redocly reports errors:\n" + text);
        Assert.Contains("swagger.json", text, StringComparison.Ordinal);
    }

    [NodeToolsFact]
    public async Task A_typescript_client_generated_from_the_document_compiles_with_tsc_strict_against_the_usage_file()
    {
        Assert.Null(NodeTools.Missing);
        var folder = await WriteDocumentAsync();
        File.Copy(Path.Combine(NodeTools.Folder, "usage.ts"), Path.Combine(folder, "usage.ts"));
        File.Copy(Path.Combine(NodeTools.Folder, "tsconfig.json"), Path.Combine(folder, "tsconfig.json"));

        var (generated, generation) = await NodeTools.RunAsync("openapi-typescript/bin/cli.js", "swagger.json --output oicgraph-api.d.ts", folder);
        Assert.True(generated == 0, generation);
        var (compiled, compilation) = await NodeTools.RunAsync("typescript/bin/tsc", "--project tsconfig.json --strict", folder);

        Assert.True(compiled == 0, "tsc --strict failed on the generated client:\n" + compilation);
        // The usage file would compile against nothing at all if the generated file lost its declarations.
        Assert.Contains("\"/api/cypher\": {", await File.ReadAllTextAsync(Path.Combine(folder, "oicgraph-api.d.ts")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_of_the_app_is_in_the_document_with_id_summary_description_and_typed_success()
    {
        var document = await DocumentAsync();
        var operations = DocumentedOperation.All(document);

        var routes = factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m.ToLowerInvariant()} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(routes, operations.Select(o => $"{o.Method} {o.Path.TrimEnd('/')}").Order(StringComparer.Ordinal));
        Assert.Equal(operations.Count, operations.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        output.WriteLine($"{operations.Count} operations");

        foreach (var operation in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.Id), $"{operation}: no operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation.Operation.GetProperty("summary").GetString()), $"{operation}: no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.Operation.GetProperty("description").GetString()), $"{operation}: no description");
            var tag = Assert.Single(operation.Operation.GetProperty("tags").EnumerateArray()).GetString();
            Assert.Contains(document.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == tag && t.GetProperty("description").GetString()!.Length > 20);
            var successes = operation.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.NotEmpty(successes);
            Assert.All(successes, s => Assert.True(s.Value.TryGetProperty("content", out var content) && content.EnumerateObject().All(m => m.Value.TryGetProperty("schema", out _)), $"{operation}: {s.Name} has no typed content"));
            // Errors are ProblemDetails; the readiness probe's 503 alone answers its health report.
            Assert.All(operation.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5' && operation.Id != "Ready"),
                r => Assert.Contains("application/problem+json", r.Value.GetProperty("content").EnumerateObject().Select(m => m.Name)));
            foreach (var parameter in operation.Parameters)
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{operation}: parameter {parameter.GetProperty("name")} has no description");
                Assert.True(parameter.TryGetProperty("example", out _), $"{operation}: parameter {parameter.GetProperty("name")} has no example");
            }

            if (operation.Operation.TryGetProperty("requestBody", out _))
            {
                Assert.True(operation.RequestExample() is not null, $"{operation}: the request body has no example");
            }
        }
    }

    [Fact]
    public async Task Every_operation_answers_its_documented_success_and_schema_when_tried_with_its_own_examples()
    {
        var document = await DocumentAsync();
        var schemas = new SchemaCheck(document);
        var tried = 0;

        foreach (var operation in DocumentedOperation.All(document))
        {
            using var request = operation.ExampleRequest(operation.NeedsApiKey ? OpenApiContractFactory.ApiKey : null);
            using var response = await _client.SendAsync(request);

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{operation} answered {(int)response.StatusCode} to its own example: {body}");
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            var schema = operation.ResponseSchema((int)response.StatusCode, mediaType, out var documented);
            Assert.True(documented, $"{operation}: {(int)response.StatusCode} {mediaType} is not documented");
            if (mediaType == "application/json" && schema is { } responseSchema)
            {
                var problems = schemas.Problems(JsonDocument.Parse(body).RootElement, responseSchema);
                Assert.True(problems.Count == 0, $"{operation}: the answer breaks its schema:\n" + string.Join('\n', problems.Take(20)));
            }

            tried++;
        }

        output.WriteLine($"{tried} operations answered their examples");
    }

    [Fact]
    public async Task Every_export_format_answers_a_documented_media_type()
    {
        var document = await DocumentAsync();
        var export = DocumentedOperation.All(document).Single(o => o.Id == "ExportGraph");
        var formats = export.Parameters.Single(p => p.GetProperty("name").GetString() == "format").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(f => f.GetString()!).ToList();

        Assert.Equal(6, formats.Count);
        foreach (var format in formats)
        {
            using var response = await _client.SendAsync(export.ExampleRequest(null, new Dictionary<string, string> { ["format"] = format }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            export.ResponseSchema(200, response.Content.Headers.ContentType!.MediaType!, out var documented);
            Assert.True(documented, $"format={format} answers {response.Content.Headers.ContentType} which is not documented");
        }
    }

    [Fact]
    public async Task Exactly_the_operations_that_refuse_a_request_without_a_key_declare_the_api_key_scheme()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var secured = new List<string>();

        foreach (var operation in DocumentedOperation.All(document))
        {
            using var response = await _client.SendAsync(operation.ExampleRequest(apiKey: null));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized;
            Assert.True(refused == operation.NeedsApiKey, $"{operation}: answers {(int)response.StatusCode} without a key but declares security {operation.Operation.GetProperty("security").GetRawText()}");
            if (operation.NeedsApiKey)
            {
                secured.Add(operation.Id);
                Assert.Equal("ApiKey", Assert.Single(Assert.Single(operation.Operation.GetProperty("security").EnumerateArray()).EnumerateObject()).Name);
            }
        }

        Assert.Contains("CreateDocument", secured);
        Assert.Contains("DeleteDocument", secured);
    }

    private async Task<JsonElement> DocumentAsync() => await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

    private async Task<string> WriteDocumentAsync()
    {
        var folder = Directory.CreateTempSubdirectory("oicgraph-openapi-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "swagger.json"), await _client.GetStringAsync("/swagger/v1/swagger.json"));
        return folder;
    }
}

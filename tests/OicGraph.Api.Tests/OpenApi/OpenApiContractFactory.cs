namespace OicGraph.Api.Tests.OpenApi;

/// <summary>The seeded API with a write key configured, so every documented operation, writes included, can be tried.</summary>
public sealed class OpenApiContractFactory : IDisposable
{
    public const string ApiKey = "contract-test-key";

    private readonly OicGraphApiFactory _factory = new();

    public OpenApiContractFactory() => _factory.Settings["Api:Keys:0"] = ApiKey;

    public HttpClient CreateClient() => _factory.CreateClient();

    public IServiceProvider Services => _factory.Services;

    public void Dispose() => _factory.Dispose();
}

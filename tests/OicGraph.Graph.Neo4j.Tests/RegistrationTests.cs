using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

public sealed class RegistrationTests
{
    private static ServiceProvider Services(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task The_store_the_cypher_runner_and_a_ready_health_check_are_registered_from_configuration()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new ScriptedExecutor());
        await using var services = Services(
            ("Graph:Neo4j:Uri", server.Uri.ToString()), ("Graph:Neo4j:User", "neo4j"), ("Graph:Neo4j:Password", "test-password"),
            ("Graph:Neo4j:Timeout", "00:00:02"));

        var store = services.GetRequiredService<IGraphStore>();
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Same(store, services.GetRequiredService<ICypherQueryRunner>());
        Assert.Equal(TimeSpan.FromSeconds(2), services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Timeout);
        Assert.Equal(HealthStatus.Healthy, report.Entries["neo4j"].Status);
        Assert.Equal("RETURN 1 AS ok", Assert.Single(((ScriptedExecutor)server.Executor).Executed).Text);
    }

    [Fact]
    public async Task The_health_check_reports_an_unreachable_server_as_unhealthy()
    {
        await using var services = Services(("Graph:Neo4j:Uri", "http://127.0.0.1:1"), ("Graph:Neo4j:Password", "x"), ("Graph:Neo4j:MaxRetries", "0"));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["neo4j"].Status);
        Assert.Contains("cannot be reached", report.Entries["neo4j"].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://localhost", "neo4j", "secret", "Uri")]
    [InlineData("http://localhost:7474", "neo4j", null, "User")]
    [InlineData("http://localhost:7474", "bad/name", "secret", "Database")]
    public async Task Invalid_options_fail_validation(string uri, string database, string? password, string key)
    {
        await using var services = Services(("Graph:Neo4j:Uri", uri), ("Graph:Neo4j:Database", database), ("Graph:Neo4j:Password", password));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains($"Graph:Neo4j:{key}", error.Message, StringComparison.Ordinal);
    }
}

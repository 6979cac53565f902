using System.Reflection;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Runs only when OICGRAPH_NEO4J_URI points at a Neo4j (e.g. <c>docker compose up neo4j</c>); skipped otherwise.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_URI")))
        {
            Skip = "Set OICGRAPH_NEO4J_URI (and OICGRAPH_NEO4J_USER, OICGRAPH_NEO4J_PASSWORD) to run the store contract against a real Neo4j.";
        }
    }
}

/// <summary>
/// The shared store contract against a real Neo4j. The contract's facts are inherited [Fact]s, which cannot take the opt-in
/// attribute, so one opt-in test runs them all on a private subclass (invisible to discovery) and reports every failure.
/// Each contract test starts from an empty database: point it at a scratch Neo4j, never at one with data you want.
/// </summary>
[Trait("Category", "Neo4j")]
public sealed class RealNeo4jContractTests
{
    [Neo4jFact]
    public async Task The_store_contract_holds_against_a_real_Neo4j()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_DATABASE") ?? "neo4j",
        };

        Assert.Empty(await RunContractAsync(options));
    }

    [Fact]
    public async Task The_opt_in_runner_runs_every_contract_fact_on_an_emptied_database()
    {
        await using var server = await Fake.FakeQueryApiServer.StartAsync(new Fake.CypherEngineExecutor());

        Assert.Empty(await RunContractAsync(TestStores.Options(server.Uri)));
        Assert.True(server.Requests.Count(r => r.Body.Contains("MATCH (n) DETACH DELETE n", StringComparison.Ordinal)) >= 20);
    }

    /// <summary>
    /// The contract the opt-in run executes calls every operation of the port, so a green run against a real Neo4j has
    /// exercised all of them there (on the same database, with the same statements the fake checks).
    /// </summary>
    [Fact]
    public async Task The_contract_the_real_server_runs_calls_every_operation_of_the_port()
    {
        await using var server = await Fake.FakeQueryApiServer.StartAsync(new Fake.CypherEngineExecutor());
        var called = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

        Assert.Empty(await RunContractAsync(TestStores.Options(server.Uri), store => Recording.Wrap(store, called)));

        var operations = typeof(IGraphStore).GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal);
        Assert.Equal(operations, called.Keys.Order(StringComparer.Ordinal));
    }

    internal static async Task<List<string>> RunContractAsync(Neo4jOptions options, Func<IGraphStore, IGraphStore>? wrap = null)
    {
        var contract = new RealNeo4jContract(options, wrap ?? (store => store));
        var failures = new List<string>();
        var facts = typeof(GraphStoreContract).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any());
        foreach (var fact in facts)
        {
            try
            {
                await (Task)fact.Invoke(contract, null)!;
            }
            catch (Exception exception)
            {
                failures.Add($"{fact.Name}: {(exception as TargetInvocationException)?.InnerException?.Message ?? exception.Message}");
            }
        }

        return failures;
    }

    private sealed class RealNeo4jContract(Neo4jOptions options, Func<IGraphStore, IGraphStore> wrap) : GraphStoreContract
    {
        protected override async Task<IGraphStore> CreateStoreAsync()
        {
            await TestStores.Client(options).RunAsync(new Statement("MATCH (n) DETACH DELETE n"), new RunOptions(AccessMode.Write), CancellationToken.None);
            return wrap(TestStores.Store(options));
        }
    }

    /// <summary>Forwards every call of the port to a store and counts it by operation name.</summary>
    public class Recording : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private System.Collections.Concurrent.ConcurrentDictionary<string, int> _called = null!;

        public static IGraphStore Wrap(IGraphStore inner, System.Collections.Concurrent.ConcurrentDictionary<string, int> called)
        {
            var proxy = Create<IGraphStore, Recording>();
            var recording = (Recording)(object)proxy;
            recording._inner = inner;
            recording._called = called;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            _called.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
                throw;
            }
        }
    }
}

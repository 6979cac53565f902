using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Seeding;

namespace OicGraph.Api.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_restarted_server_keeps_the_graph_and_does_not_seed_it_twice()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("oicgraph-restart-").FullName;
        var seedDocuments = (await SeedFolder.ReadDocumentsAsync(Path.Combine(RepositoryRoot.Path, "graph-seed"), CancellationToken.None)).Count
            + ReferenceGraph.Build(DateTimeOffset.UnixEpoch).Documents.Count;
        string before;
        using (var first = new OicGraphApiFactory())
        {
            first.Settings["Graph:Embedded:DataDirectory"] = dataDirectory;
            var stats = await first.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats");
            Assert.Equal(seedDocuments, stats.GetProperty("documents").GetInt32());
            before = stats.GetRawText();
        }

        var calls = new List<string>();
        using var second = new OicGraphApiFactory { ConfigureServices = services => StoreCalls.Record(services, calls) };
        second.Settings["Graph:Embedded:DataDirectory"] = dataDirectory;
        var after = (await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats")).GetRawText();

        Assert.Contains(nameof(IGraphStore.GetStatsAsync), calls);
        Assert.DoesNotContain(nameof(IGraphStore.ApplyAsync), calls);
        Assert.DoesNotContain(nameof(IGraphStore.DeleteDocumentAsync), calls);
        Assert.Equal(before, after);
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>Wraps the app's store so every call it receives is recorded: a second seeding would show as a write.</summary>
    public class StoreCalls : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private List<string> _calls = null!;

        public static void Record(IServiceCollection services, List<string> calls)
        {
            var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.AddSingleton(provider =>
            {
                var proxy = Create<IGraphStore, StoreCalls>();
                var recorder = (StoreCalls)(object)proxy;
                recorder._inner = (IGraphStore)(original.ImplementationFactory?.Invoke(provider) ?? original.ImplementationInstance
                    ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
                recorder._calls = calls;
                return proxy;
            });
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            lock (_calls)
            {
                _calls.Add(targetMethod!.Name);
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// A faithful fake of Neo4j 5.26's HTTP Query API on a real loopback listener (shared/docs/neo4j-query-api.md §1): routes,
/// Basic auth, content negotiation, the error envelope and statuses, 202-with-errors, explicit transactions with expiry,
/// and injectable faults (hang, transient errors). Statements are answered by an <see cref="IStatementExecutor"/>.
/// </summary>
public sealed partial class FakeQueryApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IStatementExecutor _executor;
    private readonly CancellationTokenSource _stopping = new();

    private FakeQueryApiServer(WebApplication app, IStatementExecutor executor, FakeServerOptions options, Uri uri)
    {
        _app = app;
        _executor = executor;
        Options = options;
        Uri = uri;
    }

    public Uri Uri { get; }

    public FakeServerOptions Options { get; }

    public IStatementExecutor Executor => _executor;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    // Started off the test's synchronization context (xunit v2 caps its threads), so the server never waits for the tests.
    public static Task<FakeQueryApiServer> StartAsync(IStatementExecutor executor, Action<FakeServerOptions>? configure = null) =>
        Task.Run(() => StartOnThreadPoolAsync(executor, configure));

    private static async Task<FakeQueryApiServer> StartOnThreadPoolAsync(IStatementExecutor executor, Action<FakeServerOptions>? configure)
    {
        var options = new FakeServerOptions();
        configure?.Invoke(options);
        // The empty builder (no configuration files, logging or routing) starts in a few milliseconds; tests start many.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        FakeQueryApiServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeQueryApiServer(app, executor, options, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new RecordedRequest(
            request.Method, request.Path.Value ?? "/", request.Headers.Accept.ToString() is { Length: > 0 } accept ? accept : null,
            request.ContentType, request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            request.Headers["neo4j-cluster-affinity"].ToString() is { Length: > 0 } affinity ? affinity : null, body));

        if (Options.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (Options.CutConnections > 0)
        {
            Options.CutConnections--;
            context.Response.StatusCode = 202;
            context.Response.ContentType = FakeResponses.Json;
            await context.Response.WriteAsync("""{"data":{"fields":["ok"],"values":[[""", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == "/" && HttpMethods.IsGet(request.Method))
        {
            // Discovery needs no auth.
            context.Response.ContentType = FakeResponses.Json;
            await context.Response.WriteAsync($"{{\"query\":\"{Uri}db/{{databaseName}}/query/v2\",\"neo4j_version\":\"5.26.31\",\"neo4j_edition\":\"community\"}}");
            return;
        }

        if (!await AuthenticateAsync(context))
        {
            return;
        }

        if (Route(path) is not { } route)
        {
            await FakeResponses.ErrorAsync(context, 404, "Neo.ClientError.Request.Invalid", "Not Found");
            return;
        }

        var allowed = route.Kind == RouteKind.Transaction ? HttpMethods.IsPost(request.Method) || HttpMethods.IsDelete(request.Method) : HttpMethods.IsPost(request.Method);
        if (!allowed)
        {
            await FakeResponses.ErrorAsync(context, 405, "Neo.ClientError.Request.Invalid", "Method Not Allowed");
            return;
        }

        if (Negotiate(request.Headers.Accept.ToString()) is not { } typedResponse)
        {
            await FakeResponses.ErrorAsync(context, 406, "Neo.ClientError.Request.Invalid", "Not Acceptable");
            return;
        }

        var mediaType = typedResponse ? FakeResponses.Typed : FakeResponses.Json;
        var typedRequest = false;
        if (HttpMethods.IsPost(request.Method))
        {
            var contentType = request.ContentType?.Split(';')[0].Trim();
            if (contentType is not (FakeResponses.Json or FakeResponses.Typed or "application/vnd.neo4j.query.v1.0"))
            {
                await FakeResponses.ErrorAsync(context, 415, "Neo.ClientError.Request.Invalid", "Unsupported Media Type", mediaType);
                return;
            }

            typedRequest = contentType != FakeResponses.Json;
        }

        if (!string.Equals(route.Database, Options.Database, StringComparison.OrdinalIgnoreCase))
        {
            await FakeResponses.ErrorAsync(context, 404, "Neo.ClientError.Database.DatabaseNotFound",
                $"Database does not exist. Database name: '{route.Database}'.", mediaType);
            return;
        }

        if (!FakeRequestBody.TryParse(body, typedRequest, out var parsed))
        {
            await FakeResponses.ErrorAsync(context, 400, "Neo.ClientError.Request.Invalid", "Bad Request", mediaType);
            return;
        }

        if (parsed!.Bookmarks.FirstOrDefault(mark => !FakeResponses.Issued(mark)) is { } unknown)
        {
            // Neo4j refuses a bookmark it did not issue rather than silently reading without causal consistency.
            await FakeResponses.ErrorAsync(context, 400, "Neo.ClientError.Transaction.InvalidBookmark",
                $"Supplied bookmark '{unknown}' does not conform to pattern or was not issued by this database.", mediaType);
            return;
        }

        await DispatchAsync(context, route, parsed, typedResponse);
    }

    private async Task<bool> AuthenticateAsync(HttpContext context)
    {
        if (Options.User is null)
        {
            return true;
        }

        var header = context.Request.Headers.Authorization.ToString();
        string? failure = null;
        var code = "Neo.ClientError.Security.Unauthorized";
        if (header.Length == 0)
        {
            failure = "No authentication header supplied.";
        }
        else if (!header.StartsWith("Basic ", StringComparison.Ordinal) || Decode(header["Basic ".Length..]) is not { } credentials)
        {
            (code, failure) = ("Neo.ClientError.Request.InvalidFormat", "Invalid authentication header.");
        }
        else if (credentials != $"{Options.User}:{Options.Password}")
        {
            failure = "Invalid username or password.";
        }

        if (failure is null)
        {
            return true;
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Neo4j\", Bearer realm=\"Neo4j\"";
        await FakeResponses.ErrorAsync(context, 401, code, failure);
        return false;
    }

    private static string? Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>true for typed JSON, false for plain, null when nothing acceptable (5.26 refuses v1.1, v1.2 and JSON Lines).</summary>
    private static bool? Negotiate(string accept)
    {
        if (accept.Length == 0)
        {
            return false;
        }

        var ranges = accept.Split(',')
            .Select(part => part.Split(';'))
            .Select(part => (Type: part[0].Trim(), Q: part.Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.Ordinal)) is { } q
                ? double.Parse(q[2..], System.Globalization.CultureInfo.InvariantCulture) : 1.0))
            .OrderByDescending(range => range.Q);
        foreach (var (type, _) in ranges)
        {
            switch (type)
            {
                case FakeResponses.Typed or "application/vnd.neo4j.query.v1.0":
                    return true;
                case FakeResponses.Json or "application/*" or "*/*":
                    return false;
            }
        }

        return null;
    }
}

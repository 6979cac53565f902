using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// A thin typed client of Neo4j's HTTP Query API v2 (<c>/db/{db}/query/v2</c>). Only auto-commit requests: explicit Query
/// API transactions span several requests, which a self-managed cluster may route to different members, so the adapter
/// never opens one.
/// It throws <see cref="Neo4jServerException"/> for error envelopes and <see cref="Neo4jTransportException"/> when there is
/// no usable answer; callers map those to the port's exceptions. Only reads are retried, and only for
/// <c>Neo.TransientError.*</c> and network faults: a write may have been applied before the fault.
/// </summary>
internal sealed class Neo4jQueryClient(
    HttpClient http, IOptions<Neo4jOptions> options, Neo4jBookmarks bookmarks, ILogger<Neo4jQueryClient> logger)
{
    private readonly Neo4jOptions _options = options.Value;
    private readonly Uri _baseUri = WithTrailingSlash(options.Value.Uri!);
    private readonly AuthenticationHeaderValue? _authorization = BasicAuth(options.Value);

    public Neo4jOptions Options => _options;

    private string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    public async Task<QueryResult> RunAsync(Statement statement, RunOptions run, CancellationToken cancellationToken)
    {
        int? maxSeconds = _options.SendMaxExecutionTime && run.Timeout is { } limit ? (int)Math.Ceiling(limit.TotalSeconds) : null;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var startedWith = bookmarks.Current;
                var body = QueryRequestWriter.Write(statement, run.Mode, maxSeconds, startedWith);
                var response = await SendAsync(body, run.Format, run.MaxRows, run.Timeout, cancellationToken);
                bookmarks.Complete(startedWith, response.Bookmarks);
                return response.Result;
            }
            catch (Exception exception) when (run.Mode == AccessMode.Read && attempt < _options.MaxRetries && IsRetryable(exception))
            {
                var delay = Backoff(attempt);
                logger.LogWarning("Neo4j read failed ({Reason}); retry {Attempt} of {MaxRetries} in {Delay} ms",
                    exception.Message, attempt + 1, _options.MaxRetries, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>Whether a failed unit of work may be run again: the server-side faults Neo4j's drivers retry, never a timeout.</summary>
    public static bool IsRetryableWrite(Exception exception) => exception is Neo4jServerException { IsRetryable: true };

    public TimeSpan RetryDelay(int attempt) => Backoff(attempt);

    // Timeouts are not retried: a server too slow to answer is not helped by being asked again at once.
    private static bool IsRetryable(Exception exception) => exception switch
    {
        Neo4jServerException server => server.IsRetryable,
        Neo4jTransportException transport => !transport.TimedOut,
        _ => false,
    };

    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds(baseDelay * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private async Task<QueryResponse> SendAsync(byte[] body, ResultFormat format, int? maxRows, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var limit = timeout ?? _options.Timeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(limit);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, QueryPath));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypes.For(format)));
        request.Headers.Authorization = _authorization;
        // The bare media type, no charset, as Neo4j's own clients send it.
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaTypes.Json);

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
            var status = (int)response.StatusCode;
            await using var stream = await response.Content.ReadAsStreamAsync(timeoutSource.Token);
            if (status is >= 200 and < 300)
            {
                var parsed = await QueryResponseReader.ReadAsync(stream, format, maxRows, _options.MaxResponseBytes, timeoutSource.Token);
                if (parsed.Errors.Count > 0)
                {
                    // 202 is not success by itself: a runtime error after streaming began arrives with partial data.
                    throw new Neo4jServerException(status, parsed.Errors[0].Code, parsed.Errors[0].Message);
                }

                return parsed;
            }

            throw await ReadFailureAsync(status, stream, timeoutSource.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransportException($"Neo4j did not answer within {limit.TotalSeconds:0.###} s.", timedOut: true, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // IOException: the connection broke while the body was being read.
            throw new Neo4jTransportException($"Neo4j cannot be reached at {_baseUri}: {exception.Message}", timedOut: false, exception);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new Neo4jTransportException("Neo4j answered with a body that is not the Query API's JSON.", timedOut: false, exception);
        }
    }

    private static async Task<Neo4jServerException> ReadFailureAsync(int status, Stream stream, CancellationToken cancellationToken)
    {
        Neo4jError? error = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var errors = QueryResponseReader.ReadErrors(document.RootElement);
            error = errors.Count > 0 ? errors[0] : null;
        }
        catch (JsonException)
        {
            // A proxy's HTML page or an empty body: fall back to a code derived from the status below.
        }

        error ??= new Neo4jError(
            status switch
            {
                401 => "Neo.ClientError.Security.Unauthorized",
                >= 500 => "Neo.DatabaseError.General.UnknownError",
                _ => "Neo.ClientError.Request.Invalid",
            },
            $"Neo4j answered HTTP {status}.");
        return new Neo4jServerException(status, error.Code, error.Message);
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static AuthenticationHeaderValue? BasicAuth(Neo4jOptions options) =>
        string.IsNullOrEmpty(options.User)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
}

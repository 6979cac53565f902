using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// Admits Cypher queries a few at a time (<see cref="CypherOptions"/>): the rest wait in a short queue, and past it or
/// past the wait they are refused with a Retry-After computed from how long recent queries held their turn.
/// </summary>
internal sealed class CypherAdmission : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly CypherOptions _options;
    private readonly Lock _gate = new();
    private double _averageSeconds = 1;

    public CypherAdmission(IOptions<CypherOptions> options)
    {
        _options = options.Value;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.MaxConcurrentQueries),
            QueueLimit = Math.Max(0, _options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A turn to run a query, or null when none came within the wait; dispose the turn when the query is done.</summary>
    public async Task<Turn?> EnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(_options.QueueTimeoutSeconds));
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (lease.IsAcquired)
        {
            return new Turn(this, lease);
        }

        lease.Dispose();
        return null;
    }

    /// <summary>Seconds until a turn is likely free: the queries ahead, in rounds of the permits, at the recent average.</summary>
    public int RetryAfterSeconds()
    {
        var statistics = _limiter.GetStatistics();
        var ahead = (statistics?.CurrentQueuedCount ?? 0) + Math.Max(1, _options.MaxConcurrentQueries);
        double average;
        lock (_gate)
        {
            average = _averageSeconds;
        }

        var rounds = Math.Ceiling((double)ahead / Math.Max(1, _options.MaxConcurrentQueries));
        return (int)Math.Clamp(Math.Ceiling(rounds * average), 1, 120);
    }

    public void Dispose() => _limiter.Dispose();

    private void Record(TimeSpan held)
    {
        lock (_gate)
        {
            _averageSeconds = (0.8 * _averageSeconds) + (0.2 * held.TotalSeconds);
        }
    }

    internal sealed class Turn(CypherAdmission admission, RateLimitLease lease) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Dispose()
        {
            admission.Record(Stopwatch.GetElapsedTime(_started));
            lease.Dispose();
        }
    }
}

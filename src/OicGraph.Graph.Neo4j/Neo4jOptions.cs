namespace OicGraph.Graph.Neo4j;

/// <summary>Where and how to reach Neo4j's HTTP Query API (configuration section <c>Graph:Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Graph:Neo4j";

    /// <summary>The HTTP endpoint, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io for Aura.</summary>
    public Uri? Uri { get; set; } = new("http://localhost:7474");

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth user; leave User and Password empty when the server runs with NEO4J_AUTH=none.</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>How long one request may take before the store reports Neo4j unavailable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a read after a retryable error or a network fault, and of a write the server rolled back for a retryable reason (a deadlock, a leader switch).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The largest response body read; the Query API has no row cap, so this bounds memory per request.</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Also send the Cypher endpoint's timeout as <c>maxExecutionTime</c>. Only Neo4j 2026.04+ honours it (5.26 ignores
    /// it), so it is off by default; on 5.26 set <c>db.transaction.timeout</c> on the server instead.
    /// </summary>
    public bool SendMaxExecutionTime { get; set; }
}

using System.Globalization;
using System.Text.RegularExpressions;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>Neo4j's status codes to the port's exceptions: one mapping for store operations, one for researchers' Cypher.</summary>
internal static partial class Neo4jErrors
{
    public const string TimedOutCode = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";

    private static readonly string[] WriteRefusals =
    [
        "Neo.ClientError.Statement.AccessMode",
        "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase",
    ];

    public const string ResultTooLargeCode = "OicGraph.Neo4j.ResultTooLarge";

    public static bool IsNeo4jFailure(Exception exception) =>
        exception is Neo4jServerException or Neo4jTransportException or Neo4jResultTooLargeException;

    /// <summary>Retrying cannot fix credentials or a bad statement (GraphStoreException); everything else is "unavailable" (503).</summary>
    public static Exception ForStore(Exception exception) => exception switch
    {
        Neo4jTransportException transport => new GraphStoreUnavailableException(transport.Message, transport),
        Neo4jResultTooLargeException tooLarge => new GraphStoreException(ResultTooLargeCode, tooLarge.Message, tooLarge),
        Neo4jServerException { IsNotWritable: true } server => new GraphStoreUnavailableException(
            $"Neo4j cannot take writes ({server.Code}): the configured server is a cluster follower or its database is read-only. "
            + "The Query API does not route writes, so point Graph:Neo4j:Uri at the leader (or at Aura, which routes for you).", server),
        Neo4jServerException { IsTransient: true } or Neo4jServerException { IsServerFault: true } =>
            new GraphStoreUnavailableException($"Neo4j failed: {Describe((Neo4jServerException)exception)}", exception),
        Neo4jServerException { IsSecurity: true } server =>
            new GraphStoreException(server.Code, $"Neo4j refused the configured credentials: {Describe(server)}", server),
        Neo4jServerException server => new GraphStoreException(server.Code, $"Neo4j refused a statement: {Describe(server)}", server),
        _ => exception,
    };

    public static Exception ForCypher(Exception exception, TimeSpan timeout) => exception switch
    {
        Neo4jTransportException { TimedOut: true } =>
            new CypherQueryException(TimedOutCode, $"The query did not finish within {timeout.TotalSeconds:0.###} s."),
        Neo4jResultTooLargeException tooLarge => new CypherQueryException(ResultTooLargeCode, tooLarge.Message),
        Neo4jServerException server when WriteRefusals.Contains(server.Code) =>
            new CypherWriteRefusedException($"The Cypher endpoint is read-only: {server.Message}"),
        Neo4jServerException server when IsQueryError(server) => ToQueryException(server),
        _ => ForStore(exception),
    };

    private static bool IsQueryError(Neo4jServerException server) =>
        server.Code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
        || server.Code.StartsWith("Neo.ClientError.Procedure.", StringComparison.Ordinal)
        || server.Code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal)
        || server.Code == "Neo.ClientError.General.TransactionOutOfMemoryError"
        || (server.Code == "Neo.ClientError.Request.Invalid" && server.Status == 400);

    // Neo4j puts the position in the message: "... (line 1, column 8 (offset: 7))".
    private static CypherQueryException ToQueryException(Neo4jServerException server)
    {
        var position = Position().Match(server.Message);
        return position.Success
            ? new CypherQueryException(server.Code, server.Message,
                int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture))
            : new CypherQueryException(server.Code, server.Message);
    }

    private static string Describe(Neo4jServerException server) => $"{server.Code} (HTTP {server.Status}): {server.Message}";

    [GeneratedRegex(@"\(line (\d+), column (\d+)")]
    private static partial Regex Position();
}

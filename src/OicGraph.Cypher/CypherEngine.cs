using System.Collections.Concurrent;
using System.Diagnostics;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Parsing;
using OicGraph.Cypher.Procedures;
using OicGraph.Cypher.Semantics;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher;

/// <summary>
/// Runs openCypher statements against a <see cref="PropertyGraph"/>. Reads run concurrently; a statement with a
/// write clause holds the graph's write lock for its whole execution.
/// </summary>
public sealed class CypherEngine(PropertyGraph graph)
{
    private const int MaxCachedStatements = 512;

    private readonly ConcurrentDictionary<string, (Query Query, SlotLayout Layout)> _parsed = new(StringComparer.Ordinal);

    private readonly ProcedureRegistry _procedures = new(graph);

    public PropertyGraph Graph { get; } = graph;

    /// <summary>Adds (or replaces) a procedure callable with CALL; db.labels(), db.relationshipTypes() and db.propertyKeys() are built in.</summary>
    public void RegisterProcedure(CypherProcedure procedure)
    {
        _procedures.Register(procedure);
        _parsed.Clear();
    }

    public CypherResult Execute(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        CypherExecutionOptions options,
        CancellationToken cancellationToken) =>
        ExecuteWithCounters(statement, parameters, options, cancellationToken).Result;

    public CypherExecution ExecuteWithCounters(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        CypherExecutionOptions options,
        CancellationToken cancellationToken)
    {
        var deadline = options.Timeout is { } timeout
            ? Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        var (query, layout) = Parse(statement);
        var write = WriteDetector.FindWrite(query, _procedures);
        var writes = write is not null;
        if (writes && options.ReadOnly)
        {
            throw new CypherWriteRefusedException($"The query uses {write}, which changes the graph, and the endpoint is read-only.");
        }

        var context = new QueryContext(Graph, layout, parameters, _procedures, cancellationToken, deadline, options.MaxResultBytes)
        {
            GraphFixed = !writes,
        };
        var graphLock = Graph.Lock;
        if (writes)
        {
            graphLock.EnterWriteLock();
        }
        else
        {
            graphLock.EnterReadLock();
        }

        // A write query is all or nothing, as in Neo4j: on any error its changes are undone before the lock is released.
        var undo = writes ? new List<Action>() : null;
        Graph.UndoLog = undo;
        try
        {
            var maxRows = writes || options.RowLimit == int.MaxValue ? int.MaxValue : options.RowLimit + 1;
            var (columns, rows) = new QueryExecutor(context).Run(query, maxRows);
            var truncated = rows.Count > options.RowLimit;
            var converted = rows.Take(options.RowLimit)
                .Select(r => (IReadOnlyList<object?>)r.Select(ResultConverter.Convert).ToArray())
                .ToList();
            return new CypherExecution(new CypherResult(columns, converted, truncated), context.Counters);
        }
        catch (InsufficientExecutionStackException)
        {
            if (undo is not null)
            {
                Graph.RollBack(undo);
            }

            throw CypherErrors.Semantic("The query is too deeply nested to evaluate on this server's stack; simplify it.");
        }
        catch when (undo is not null)
        {
            Graph.RollBack(undo);
            throw;
        }
        finally
        {
            Graph.UndoLog = null;
            if (writes)
            {
                graphLock.ExitWriteLock();
            }
            else
            {
                graphLock.ExitReadLock();
            }
        }
    }

    private (Query Query, SlotLayout Layout) Parse(string statement)
    {
        if (_parsed.TryGetValue(statement, out var cached))
        {
            return cached;
        }

        (Query Query, SlotLayout Layout) planned;
        try
        {
            var query = Parser.Parse(statement);
            SemanticChecker.Check(query, statement, _procedures);
            planned = (query, SlotLayout.Plan(query));
        }
        catch (InsufficientExecutionStackException)
        {
            throw CypherErrors.Syntax("The query is too deeply nested to parse on this server's stack; simplify it.");
        }

        if (_parsed.Count < MaxCachedStatements)
        {
            _parsed.TryAdd(statement, planned);
        }

        return planned;
    }
}

/// <summary>A result plus the write counters a Neo4j server would report.</summary>
public sealed record CypherExecution(CypherResult Result, QueryCounters Counters);

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// Answers each statement with the first registered response whose matcher accepts it. Schema statements and the health
/// check's <c>RETURN 1</c> are answered by default; an unexpected statement fails loudly with a SyntaxError naming it.
/// Like Neo4j, a write keyword in read mode is refused with <c>Neo.ClientError.Statement.AccessMode</c>.
/// </summary>
public sealed partial class ScriptedExecutor : IStatementExecutor
{
    private readonly List<(Func<FakeStatement, bool> Matches, Func<FakeStatement, FakeOutcome> Respond)> _rules = [];

    public ConcurrentQueue<FakeStatement> Executed { get; } = new();

    public ConcurrentQueue<string> TransactionEvents { get; } = new();

    /// <summary>The answer to any statement no rule matches (after schema statements and RETURN 1); by default a SyntaxError.</summary>
    public Func<FakeStatement, FakeOutcome>? Fallback { get; set; }

    public ScriptedExecutor On(string statementContains, FakeOutcome outcome) =>
        On(s => s.Text.Contains(statementContains, StringComparison.Ordinal), _ => outcome);

    public ScriptedExecutor On(string statementContains, Func<FakeStatement, FakeOutcome> respond) =>
        On(s => s.Text.Contains(statementContains, StringComparison.Ordinal), respond);

    public ScriptedExecutor On(Func<FakeStatement, bool> matches, Func<FakeStatement, FakeOutcome> respond)
    {
        lock (_rules)
        {
            _rules.Add((matches, respond));
        }

        return this;
    }

    /// <summary>
    /// Answers the adapter's write statement as Neo4j would for a write that found nothing stored (no conflict, no old
    /// mentions), with the ids the patch named as created: enough for tests about the wire, not about merging.
    /// </summary>
    public ScriptedExecutor AnswersWrites() => On(s => s.Text == Store.WriteStatement.Text, s => FakeOutcome.Table(
        ["conflicts", "found", "oldMentions", "entityOutcomes", "entitiesDeleted", "factsOfDeleted", "citedDeleted", "citedUpdated", "relationshipOutcomes"],
        [
            new List<object?>(), (long)((List<object?>)s.Parameters["deleteDocuments"]!).Count, new List<object?>(),
            Created(s.Parameters["entities"]), new List<object?>(), new List<object?>(), new List<object?>(), new List<object?>(),
            Created(s.Parameters["relationships"]),
        ]));

    private static List<object?> Created(object? rows) =>
        [.. ((List<object?>)rows!).Cast<Dictionary<string, object?>>().Select(row => (object?)new Dictionary<string, object?>
        {
            ["id"] = row["id"], ["type"] = row["type"], ["created"] = true, ["changed"] = false,
        })];

    public FakeOutcome Execute(FakeStatement statement)
    {
        Executed.Enqueue(statement);
        if (statement.ReadMode && WriteKeyword().IsMatch(statement.Text))
        {
            return FakeOutcome.Fail("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to neo4j");
        }

        lock (_rules)
        {
            foreach (var (matches, respond) in _rules)
            {
                if (matches(statement))
                {
                    return respond(statement);
                }
            }
        }

        if (statement.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || statement.Text.StartsWith("CREATE INDEX", StringComparison.Ordinal)
            || statement.Text.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal))
        {
            return FakeOutcome.Empty;
        }

        return statement.Text.StartsWith("RETURN 1", StringComparison.Ordinal) ? FakeOutcome.Table(["ok"], [1L])
            : Fallback is { } fallback ? fallback(statement)
            : FakeOutcome.Fail("Neo.ClientError.Statement.SyntaxError", "The fake has no scripted response for: " + statement.Text);
    }

    public void Begin(string transactionId) => TransactionEvents.Enqueue("begin " + transactionId);

    public void Commit(string transactionId) => TransactionEvents.Enqueue("commit " + transactionId);

    public void Rollback(string transactionId) => TransactionEvents.Enqueue("rollback " + transactionId);

    [GeneratedRegex(@"\b(CREATE|MERGE|SET|DELETE|REMOVE)\b")]
    private static partial Regex WriteKeyword();
}

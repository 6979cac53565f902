using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>Runs a parsed query clause by clause; every clause consumes and produces a materialised list of rows.</summary>
internal sealed partial class QueryExecutor
{
    private readonly QueryContext _context;
    private readonly Evaluator _evaluator;

    public QueryExecutor(QueryContext context)
    {
        _context = context;
        _evaluator = new Evaluator(context);
        _evaluator.RunSubquery = (query, row, maxRows) => new QueryExecutor(context) { _outer = row }.Run(query, maxRows).Rows;
    }

    /// <summary>
    /// The outer row of a subquery expression (EXISTS, COUNT, COLLECT): its variables stay bound in every row the
    /// subquery projects, as Neo4j keeps them visible past the subquery's WITH clauses.
    /// </summary>
    private Row? _outer;

    /// <param name="maxRows">
    /// Rows worth materialising: a read-only caller that shows at most N rows needs N + 1 (to tell it was truncated),
    /// which keeps a huge result from filling memory. A write query passes int.MaxValue so every row's writes happen.
    /// </param>
    public (IReadOnlyList<string> Columns, List<object?[]> Rows) Run(Query query, int maxRows = int.MaxValue)
    {
        // UNION (without ALL) removes duplicates across the whole result, so its parts cannot be cut short.
        var distinctUnion = query.UnionAll.Any(all => !all);
        var partRows = distinctUnion ? int.MaxValue : maxRows;
        var (columns, rows) = RunSingle(query.Parts[0], _outer, partRows);
        for (var i = 1; i < query.Parts.Count; i++)
        {
            var (otherColumns, otherRows) = RunSingle(query.Parts[i], _outer, partRows);
            if (!columns.SequenceEqual(otherColumns, StringComparer.Ordinal))
            {
                throw CypherErrors.Syntax("DifferentColumnsInUnion: all sub queries in an UNION must have the same column names");
            }

            rows.AddRange(otherRows);
        }

        if (distinctUnion)
        {
            rows = rows.Distinct(Values.RowKeyComparer.Instance).ToList();
        }

        return (columns, rows.Count > maxRows ? rows[..maxRows] : rows);
    }

    /// <param name="outer">The enclosing row of a correlated subquery; null for a top-level query.</param>
    /// <param name="maxRows">How many result rows to materialise at most.</param>
    private (IReadOnlyList<string> Columns, List<object?[]> Rows) RunSingle(SingleQuery query, Row? outer, int maxRows)
    {
        // Reads stream; every write clause first drains its input, so reads never see the query's own later writes.
        IEnumerable<Row> rows = [outer is null ? new Row(_context.Layout) : new Row(outer)];
        var scope = outer is null ? new List<string>() : [.. outer.Keys];
        if (outer is null && query.Clauses is [CallClause standalone])
        {
            return StandaloneCall(standalone);
        }

        // Whether the rows the last clause gave are lent by the matcher (each one changes when the next is asked for).
        var lent = false;
        for (var index = 0; index < query.Clauses.Count; index++)
        {
            var clause = query.Clauses[index];
            var lentHere = lent;
            lent = false;
            _context.Token.ThrowIfCancellationRequested();
            switch (clause)
            {
                case SubqueryCall subquery:
                    rows = CallSubquery(subquery, rows);
                    AddScope(scope, SubqueryColumns(subquery));
                    break;
                case CallClause call:
                    rows = Call(call, rows);
                    AddScope(scope, (call.Yield ?? []).Select(y => y.Variable));
                    break;
                case MatchClause match:
                    lent = index + 1 < query.Clauses.Count && ReadsEachRowOnce(query.Clauses[index + 1]);
                    rows = Match(match, rows, borrow: lent);
                    AddScope(scope, PatternVariables(match.Pattern));
                    break;
                case UnwindClause unwind:
                    rows = Unwind(unwind, rows);
                    AddScope(scope, [unwind.Variable]);
                    break;
                case WithClause with:
                    (rows, var names) = Project(with.Projection, rows, scope, with.Where, lentHere);
                    scope = [.. names];

                    break;
                case ReturnClause ret:
                    var (projected, columns) = Project(ret.Projection, rows, scope, null, lentHere);
                    var results = projected.Take(maxRows).Select(r => columns.Select(c => r[c]).ToArray());
                    return (columns, (outer is null ? results.Select(_context.Result.Count) : results).ToList());
                case CreateClause create:
                    rows = Create(create, rows);
                    AddScope(scope, PatternVariables(create.Pattern));
                    break;
                case MergeClause merge:
                    rows = Merge(merge, rows);
                    AddScope(scope, PatternVariables([merge.Pattern]));
                    break;
                case SetClause set:
                    var setRows = rows.ToList();
                    foreach (var row in setRows)
                    {
                        ApplySetItems(set.Items, row);
                    }

                    rows = setRows;
                    break;
                case RemoveClause remove:
                    var removeRows = rows.ToList();
                    Remove(remove, removeRows);
                    rows = removeRows;
                    break;
                case DeleteClause delete:
                    var deleteRows = rows.ToList();
                    Delete(delete, deleteRows);
                    rows = deleteRows;
                    break;
                case SchemaClause:
                    break;
                default:
                    throw CypherErrors.Syntax($"Unsupported clause {clause.GetType().Name}");
            }
        }

        // A subquery without RETURN still reports whether it produced rows; a top-level write query returns none.
        return ([], outer is null ? [] : rows.Take(maxRows).Select(_ => Array.Empty<object?>()).ToList());
    }

    private static void AddScope(List<string> scope, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!scope.Contains(name, StringComparer.Ordinal))
            {
                scope.Add(name);
            }
        }
    }

    public static IEnumerable<string> PatternVariables(IEnumerable<PatternPart> parts)
    {
        foreach (var part in parts)
        {
            if (part.PathVariable is not null)
            {
                yield return part.PathVariable;
            }

            for (var i = 0; i < part.Nodes.Count; i++)
            {
                if (part.Nodes[i].Variable is { } nodeVar)
                {
                    yield return nodeVar;
                }

                if (i < part.Rels.Count && part.Rels[i].Variable is { } relVar)
                {
                    yield return relVar;
                }
            }
        }
    }

    /// <summary>
    /// Whether a clause reads each input row once, when it arrives, keeping only copies or what it computed from it: an
    /// aggregating projection, or one with no WHERE whose ORDER BY names only its own columns (so sorting reads the
    /// projected rows, never the input's).
    /// </summary>
    private static bool ReadsEachRowOnce(Clause clause) => clause switch
    {
        ReturnClause ret => ReadsEachRowOnce(ret.Projection),
        WithClause with => with.Where is null ? ReadsEachRowOnce(with.Projection) : Aggregates(with.Projection),
        _ => false,
    };

    private static bool ReadsEachRowOnce(Projection projection) =>
        Aggregates(projection) || projection.OrderBy.All(sort => sort.Expression is Variable v && projection.Items.Any(i => i.Name == v.Name));

    private static bool Aggregates(Projection projection) => projection.Items.Any(i => Aggregation.Contains(i.Expression));

    /// <param name="borrow">The consumer aggregates, so the matcher may lend its working row instead of copying it.</param>
    private IEnumerable<Row> Match(MatchClause match, IEnumerable<Row> rows, bool borrow)
    {
        var newVariables = PatternVariables(match.Pattern).ToList();
        var plan = MatchPlan.Create(match.Pattern, match.Where);
        foreach (var row in rows)
        {
            var found = false;
            var candidates = borrow ? _evaluator.Matcher.MatchAllBorrowed(plan, row) : _evaluator.Matcher.MatchAll(plan, row);
            foreach (var candidate in candidates)
            {
                _context.Tick();
                if (match.Where is null || _evaluator.Eval(match.Where, candidate) is true)
                {
                    found = true;
                    yield return candidate;
                }
            }

            if (!found && match.Optional)
            {
                var empty = new Row(row);
                foreach (var variable in newVariables)
                {
                    empty.TryAdd(variable, null);
                }

                yield return empty;
            }
        }
    }

    private IEnumerable<Row> Unwind(UnwindClause unwind, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            var value = _evaluator.Eval(unwind.Source, row);
            IEnumerable<object?> items = value switch
            {
                null => [],
                IReadOnlyList<object?> list => list,
                _ => [value],
            };
            foreach (var item in items)
            {
                _context.Tick();
                yield return new Row(row) { [unwind.Variable] = item };
            }
        }
    }
}

using System.Runtime.ExceptionServices;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class QueryExecutor
{
    /// <summary>A projected row plus the scope ORDER BY may still see (the input row, or the group's first row).</summary>
    private sealed record Projected(Row Output, Row SortScope, Dictionary<Expr, object?>? Aggregates);

    /// <param name="lent">
    /// The input rows are lent by the matcher (<see cref="ReadsEachRowOnce(Clause)"/> said this projection reads each
    /// once), so a projected row keeps no reference to its input row: its sort scope is its own output.
    /// </param>
    private (IEnumerable<Row> Rows, List<string> Names) Project(Projection projection, IEnumerable<Row> rows, List<string> scope, Expr? where, bool lent)
    {
        var items = new List<ProjectionItem>();
        if (projection.Star)
        {
            items.AddRange(scope.Order(StringComparer.Ordinal).Select(v => new ProjectionItem(new Variable(v), v, false)));
        }

        items.AddRange(projection.Items);
        var names = items.Select(i => i.Name).ToList();
        var slots = new ColumnSlots(names);
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw CypherErrors.Syntax("ColumnNameConflict: multiple result columns with the same name");
        }

        var aggregates = new List<Expr>();
        foreach (var item in items)
        {
            Aggregation.Collect(item.Expression, aggregates);
        }

        var itemAggregateCount = aggregates.Count;
        foreach (var sort in projection.OrderBy)
        {
            Aggregation.Collect(sort.Expression, aggregates);
        }

        // Without aggregation, DISTINCT or ORDER BY the projection streams, so LIMIT stops the upstream early.
        var spare = itemAggregateCount > 0 ? null : new SpareRow();
        IEnumerable<Projected> projected = spare is null
            ? ProjectAggregated(items, slots, aggregates, rows)
            : rows.Select(r => ProjectStreamed(items, slots, r, lent, spare));

        if (projection.Distinct)
        {
            projected = projected.DistinctBy(p => names.Select(n => p.Output[n]).ToArray(), Values.RowKeyComparer.Instance);
        }

        // SKIP and LIMIT are read after the sort's keys, so an error in the rows or the keys still comes first.
        int? skip, limit;
        if (projection.OrderBy.Count > 0)
        {
            (projected, skip, limit) = Sort(projection, projected, spare);
        }
        else
        {
            (skip, limit) = SkipAndLimit(projection);
        }

        var result = projected;
        if (skip is { } skipped)
        {
            result = result.Skip(skipped);
        }

        if (limit is { } limited)
        {
            result = result.Take(limited);
        }

        _evaluator.Aggregates = null;
        if (where is not null)
        {
            result = result.Where(p => _evaluator.Eval(where, Merge(p)) is true);
        }

        return (result.Select(p => p.Output), names);
    }

    /// <summary>
    /// A projected row the streamed ORDER BY ... LIMIT dropped, which nothing else holds: the next row is projected into it
    /// instead of a new one, so a sort keeping ten of 100k rows does not allocate 100k rows.
    /// </summary>
    private sealed class SpareRow
    {
        public Row? Row { get; set; }
    }

    private Projected ProjectStreamed(List<ProjectionItem> items, ColumnSlots slots, Row row, bool lent, SpareRow spare)
    {
        var output = ProjectRow(items, slots, row, spare.Row);
        spare.Row = null;
        return new Projected(output, lent ? output : row, null);
    }

    private static Row Merge(Projected projected)
    {
        var scope = new Row(projected.SortScope);
        foreach (var (k, v) in projected.Output)
        {
            scope[k] = v;
        }

        return scope;
    }

    private Row ProjectRow(List<ProjectionItem> items, ColumnSlots slots, Row row, Row? reuse = null)
    {
        _context.Tick();
        Row output;
        if (reuse is not null && ReferenceEquals(reuse.Layout, _outer?.Layout ?? _context.Layout))
        {
            reuse.ResetTo(_outer);
            output = reuse;
        }
        else
        {
            output = _outer is null ? new Row(_context.Layout) : new Row(_outer);
        }

        var at = slots.For(output.Layout);
        for (var i = 0; i < items.Count; i++)
        {
            output.Set(at[i], items[i].Name, _evaluator.Eval(items[i].Expression, row));
        }

        return output;
    }

    private List<Projected> ProjectAggregated(List<ProjectionItem> items, ColumnSlots slots, List<Expr> aggregates, IEnumerable<Row> rows)
    {
        var keyItems = items.Where(i => !Aggregation.Contains(i.Expression)).ToArray();
        var groups = new GroupTable(keyItems.Length);

        // The input row may be lent by the matcher (it changes with the next row), so a group keeps a copy of its first
        // row; the key is evaluated into one scratch array, which the table copies only when it starts a new group.
        var scratch = new object?[keyItems.Length];
        var byNode = NodePropertyKey(keyItems);
        foreach (var row in rows)
        {
            _context.Tick();
            GroupTable.Group? group = null;
            NodeRecord? keyNode = null;
            if (byNode is not null && row.TryGetValue(byNode.Variable, out var target) && target is NodeRecord { Deleted: false } node)
            {
                keyNode = node;
                group = byNode.Groups.GetValueOrDefault(node.Id);
            }

            if (group is null)
            {
                for (var i = 0; i < keyItems.Length; i++)
                {
                    scratch[i] = _evaluator.Eval(keyItems[i].Expression, row);
                }

                group = groups.Find(scratch) ?? groups.Add(scratch, new Row(row), NewAccumulators(aggregates));
                if (keyNode is not null)
                {
                    byNode!.Groups[keyNode.Id] = group;
                }
            }

            var accumulators = group.Accumulators;
            foreach (var accumulator in accumulators)
            {
                accumulator.Add(_evaluator, row);
            }
        }

        if (groups.Groups.Count == 0 && keyItems.Length == 0)
        {
            groups.Add(scratch, new Row(_context.Layout), NewAccumulators(aggregates));
        }

        var result = new List<Projected>(groups.Groups.Count);
        foreach (var (_, first, accumulators) in groups.Groups)
        {
            var values = new Dictionary<Expr, object?>(accumulators.Length, ReferenceEqualityComparer.Instance);
            foreach (var accumulator in accumulators)
            {
                values[accumulator.Expression] = accumulator.Result();
            }

            _evaluator.Aggregates = values;
            result.Add(new Projected(ProjectRow(items, slots, first), first, values));
        }

        _evaluator.Aggregates = null;
        return result;
    }

    /// <summary>
    /// Grouping by one property of a node (<c>RETURN e.id, count(d)</c>) in a statement that cannot change the graph: the
    /// node decides the key, so each node's group is remembered by its id and the property is read, hashed and compared
    /// once per node instead of once per row. Null for any other key, or when the graph may change under the statement.
    /// </summary>
    private NodeKeyedGroups? NodePropertyKey(ProjectionItem[] keyItems) =>
        _context.GraphFixed && keyItems is [{ Expression: PropertyAccess { Target: Variable variable } }]
            ? new NodeKeyedGroups(variable, [])
            : null;

    private sealed record NodeKeyedGroups(Variable Variable, Dictionary<long, GroupTable.Group> Groups);

    private static Aggregation.Accumulator[] NewAccumulators(List<Expr> aggregates)
    {
        var accumulators = new Aggregation.Accumulator[aggregates.Count];
        for (var i = 0; i < accumulators.Length; i++)
        {
            accumulators[i] = new Aggregation.Accumulator(aggregates[i]);
        }

        return accumulators;
    }

    /// <summary>
    /// The most rows ORDER BY ... LIMIT keeps while streaming; a larger SKIP + LIMIT gathers every row and sorts them, as
    /// a query without LIMIT does.
    /// </summary>
    private const int MaxStreamedKeep = 65_536;

    private (List<Projected> Rows, int? Skip, int? Limit) Sort(Projection projection, IEnumerable<Projected> projected, SpareRow? spare)
    {
        var columns = OutputColumnsSortedBy(projection);
        if (StreamedKeep(projection) is { } streamed)
        {
            return (SortStreamed(projection, columns, projected, streamed.Keep, spare), streamed.Skip, streamed.Limit);
        }

        var rows = projected.ToList();
        var keys = new object?[rows.Count][];
        for (var r = 0; r < keys.Length; r++)
        {
            _context.Tick();
            keys[r] = new object?[projection.OrderBy.Count];
            SortKeys(projection, columns, rows[r], keys[r]);
        }

        _evaluator.Aggregates = null;
        var (skip, limit) = SkipAndLimit(projection);
        var keep = limit is { } l ? (int)Math.Min((long)(skip ?? 0) + l, int.MaxValue) : int.MaxValue;
        var order = Cancellable(() => new SortedSelection(projection.OrderBy, keys, _context).First(keep));
        var sorted = new List<Projected>(order.Length);
        foreach (var index in order)
        {
            sorted.Add(rows[index]);
        }

        return (sorted, skip, limit);
    }

    /// <summary>
    /// SKIP + LIMIT when a LIMIT is given and they can be read before the rows (they name no row's variables, so reading
    /// them first changes nothing but the order of errors): null sends the sort down the gathering path, which reports a
    /// row's or a key's error before SKIP's and LIMIT's.
    /// </summary>
    private (int Keep, int? Skip, int? Limit)? StreamedKeep(Projection projection)
    {
        if (projection.Limit is null)
        {
            return null;
        }

        int? skip, limit;
        try
        {
            (skip, limit) = SkipAndLimit(projection);
        }
        catch (OicGraph.Graph.Cypher.CypherQueryException)
        {
            return null;
        }

        var keep = (long)(skip ?? 0) + limit!.Value;
        return keep <= MaxStreamedKeep ? ((int)keep, skip, limit) : null;
    }

    private List<Projected> SortStreamed(Projection projection, ColumnSlots? columns, IEnumerable<Projected> projected, int keep, SpareRow? spare)
    {
        var selection = new StreamedSelection<Projected>(projection.OrderBy, keep, _context);
        var keys = new object?[projection.OrderBy.Count];
        ExceptionDispatchInfo? keyError = null;
        foreach (var p in projected)
        {
            _context.Tick();
            if (keyError is not null)
            {
                continue;
            }

            try
            {
                SortKeys(projection, columns, p, keys);
            }
            catch (OicGraph.Graph.Cypher.CypherQueryException e)
            {
                // Gathering projects every row before any key: a later row's own error must still win over this one.
                keyError = ExceptionDispatchInfo.Capture(e);
                continue;
            }

            if (selection.Offer(keys, p))
            {
                keys = new object?[projection.OrderBy.Count];
            }
            else if (spare is not null)
            {
                spare.Row = p.Output;
            }
        }

        _evaluator.Aggregates = null;
        keyError?.Throw();
        return Cancellable(selection.Sorted);
    }

    // A sort wraps whatever its comparer throws; the caller expects the cancellation itself.
    private static TResult Cancellable<TResult>(Func<TResult> sort)
    {
        try
        {
            return sort();
        }
        catch (InvalidOperationException e) when (e.InnerException is OperationCanceledException cancelled)
        {
            ExceptionDispatchInfo.Throw(cancelled);
            throw;
        }
    }

    private void SortKeys(Projection projection, ColumnSlots? columns, Projected p, object?[] keys)
    {
        if (columns is null || !OutputKeys(p.Output, columns, keys))
        {
            EvaluatedKeys(projection, p, keys);
        }
    }

    private void EvaluatedKeys(Projection projection, Projected p, object?[] keys)
    {
        var scope = projection.Distinct || p.Aggregates is not null ? new Row(p.Output) : new Row(p.SortScope);
        if (p.Aggregates is not null && !projection.Distinct)
        {
            foreach (var (k, v) in p.SortScope)
            {
                scope.TryAdd(k, v);
            }
        }

        foreach (var (k, v) in p.Output)
        {
            scope[k] = v;
        }

        _evaluator.Aggregates = p.Aggregates;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _evaluator.Eval(projection.OrderBy[i].Expression, scope);
        }
    }

    private (int? Skip, int? Limit) SkipAndLimit(Projection projection) => (
        projection.Skip is null ? null : CountArgument(projection.Skip, "SKIP"),
        projection.Limit is null ? null : CountArgument(projection.Limit, "LIMIT"));

    // ORDER BY naming only returned columns (ORDER BY id, ORDER BY count DESC) reads each key from the row as returned:
    // no scope dictionary is built per row just to evaluate a variable in it.
    private static ColumnSlots? OutputColumnsSortedBy(Projection projection)
    {
        var columns = new string[projection.OrderBy.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            if (projection.OrderBy[i].Expression is not Variable variable)
            {
                return null;
            }

            columns[i] = variable.Name;
        }

        return new ColumnSlots(columns);
    }

    private static bool OutputKeys(Row output, ColumnSlots columns, object?[] keys)
    {
        var slots = columns.For(output.Layout);
        for (var i = 0; i < slots.Length; i++)
        {
            if (!output.TryGetValue(slots[i], columns.Names[i], out keys[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int CountArgument(Expr expr, string clause)
    {
        var value = _evaluator.Eval(expr, new Row(_context.Layout));
        return value switch
        {
            long l when l >= 0 => (int)Math.Min(l, int.MaxValue),
            long => throw CypherErrors.Syntax($"NegativeIntegerArgument: {clause} must be a non-negative integer"),
            _ => throw CypherErrors.Syntax($"InvalidArgumentType: {clause} must be an integer"),
        };
    }
}

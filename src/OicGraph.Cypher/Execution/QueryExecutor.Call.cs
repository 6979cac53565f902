using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Execution;

internal sealed partial class QueryExecutor
{
    /// <summary>
    /// Runs the subquery once per row, in order, each run seeing the writes of the runs before it (as Neo4j does). The input
    /// is drained first, as for every write clause, so the reads that fed it never see the subquery's writes.
    /// </summary>
    private List<Row> CallSubquery(SubqueryCall call, IEnumerable<Row> rows)
    {
        var input = rows.ToList();
        var returning = call.Body.Parts[0].Clauses[^1] is ReturnClause;
        var importsAll = call.ScopeAll || (call.Scope is null && call.Body.Parts.All(part => part.Clauses[0] is WithClause));
        var output = new List<Row>();
        foreach (var row in input)
        {
            _context.Token.ThrowIfCancellationRequested();
            var imported = importsAll ? new Row(row) : new Row(_context.Layout);
            foreach (var name in importsAll ? [] : call.Scope ?? [])
            {
                imported[name] = row[name];
            }

            var results = new List<object?[]>();
            IReadOnlyList<string> columns = [];
            foreach (var part in call.Body.Parts)
            {
                (columns, var partRows) = new QueryExecutor(_context).RunSingle(part, imported, int.MaxValue);
                results.AddRange(partRows);
            }

            if (!returning)
            {
                output.Add(row);
                continue;
            }

            if (call.Body.UnionAll.Any(all => !all))
            {
                results = results.Distinct(Values.RowKeyComparer.Instance).ToList();
            }

            foreach (var result in results)
            {
                _context.Tick();
                var next = new Row(row);
                for (var i = 0; i < columns.Count; i++)
                {
                    next[columns[i]] = result[i];
                }

                output.Add(next);
            }
        }

        return output;
    }

    private static IEnumerable<string> SubqueryColumns(SubqueryCall call) =>
        call.Body.Parts[0].Clauses[^1] is ReturnClause ret ? ret.Projection.Items.Select(item => item.Name) : [];

    private IEnumerable<Row> Call(CallClause call, IEnumerable<Row> rows)
    {
        var procedure = _context.Procedures.Get(call.Procedure);
        foreach (var row in rows)
        {
            var outputs = Invoke(call, procedure, row);
            if (procedure.Outputs.Count == 0 || call.Yield is null)
            {
                // A void procedure (or one whose outputs are not yielded) leaves the row as it was.
                yield return row;
                continue;
            }

            foreach (var output in outputs)
            {
                _context.Tick();
                var next = new Row(row);
                foreach (var (column, variable) in call.Yield)
                {
                    next[variable] = output[IndexOf(procedure, column)];
                }

                if (call.Where is null || _evaluator.Eval(call.Where, next) is true)
                {
                    yield return next;
                }
            }
        }
    }

    /// <summary>A query that is only a CALL returns the procedure's (yielded) columns directly.</summary>
    private (IReadOnlyList<string> Columns, List<object?[]> Rows) StandaloneCall(CallClause call)
    {
        var procedure = _context.Procedures.Get(call.Procedure);
        var yield = call.Yield ?? procedure.Outputs.Select(o => (o.Name, o.Name)).ToList();
        var rows = new List<object?[]>();
        foreach (var output in Invoke(call, procedure, new Row(_context.Layout)))
        {
            _context.Tick();
            var row = new Row(_context.Layout);
            foreach (var (column, variable) in yield)
            {
                row[variable] = output[IndexOf(procedure, column)];
            }

            if (call.Where is null || _evaluator.Eval(call.Where, row) is true)
            {
                rows.Add(yield.Select(y => row[y.Item2]).ToArray());
            }
        }

        return (yield.Select(y => y.Item2).ToList(), rows);
    }

    private List<IReadOnlyList<object?>> Invoke(CallClause call, CypherProcedure procedure, Row row)
    {
        var args = new List<object?>();
        for (var i = 0; i < procedure.Inputs.Count; i++)
        {
            var input = procedure.Inputs[i];
            var value = call.Args is not null
                ? _evaluator.Eval(call.Args[i], row)
                : _context.Parameters.TryGetValue(input.Name, out var p) ? Values.Normalize(p) : throw CypherErrors.ParameterMissing(input.Name);
            if (!ProcedureRegistry.Accepts(input.Type, value))
            {
                throw CypherErrors.Type($"InvalidArgumentType: {input.Name} must be {input.Type}, got {Values.TypeName(value)}");
            }

            args.Add(ProcedureRegistry.Coerce(input.Type, value));
        }

        return procedure.Invoke(args).ToList();
    }

    private static int IndexOf(CypherProcedure procedure, string column) =>
        procedure.Outputs.Select((o, i) => (o, i)).First(x => x.o.Name == column).i;
}

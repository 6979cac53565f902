using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Execution;

internal sealed partial class QueryExecutor
{
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
        foreach (var output in Invoke(call, procedure, []))
        {
            _context.Tick();
            var row = new Row();
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

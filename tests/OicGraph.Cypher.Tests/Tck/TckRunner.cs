using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests.Tck;

/// <summary>Runs one TCK scenario on a fresh graph and says whether it passed, failed (with why) or was skipped.</summary>
internal static class TckRunner
{
    public static TckOutcome Run(TckScenario scenario, string featuresDirectory)
    {
        var graph = new PropertyGraph();
        var engine = new CypherEngine(graph);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        CypherResult? result = null;
        Exception? error = null;
        GraphState? before = null;
        var executed = false;
        foreach (var step in scenario.Steps)
        {
            var text = step.Text;
            if (text is "an empty graph" or "any graph")
            {
                continue;
            }

            if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal))
            {
                // Named graphs live in tck/graphs/<name>/<name>.cypher beside the features, when the copy has them.
                var name = text["the ".Length..^" graph".Length];
                var script = Path.Combine(featuresDirectory, "..", "graphs", name, name + ".cypher");
                if (!File.Exists(script))
                {
                    return TckOutcome.Skip($"named graph '{name}' is not part of the TCK copy");
                }

                foreach (var statement in File.ReadAllText(script).Split(';').Where(s => s.Trim().Length > 0))
                {
                    Execute(engine, statement, parameters);
                }

                continue;
            }

            if (text.StartsWith("there exists a procedure", StringComparison.Ordinal))
            {
                var procedure = TckProcedures.Parse(step);
                if (procedure is null)
                {
                    return TckOutcome.Fail("unreadable procedure signature: " + text);
                }

                engine.RegisterProcedure(procedure);
                continue;
            }

            if (text.StartsWith("having executed", StringComparison.Ordinal))
            {
                try
                {
                    Execute(engine, step.DocString!, parameters);
                }
                catch (Exception e)
                {
                    return TckOutcome.Fail("setup failed: " + e.Message);
                }

                continue;
            }

            if (text.StartsWith("parameters are", StringComparison.Ordinal))
            {
                foreach (var row in step.Table)
                {
                    parameters[row[0]] = TckValues.Parse(row[1]);
                }

                continue;
            }

            if (text.StartsWith("executing query", StringComparison.Ordinal) || text.StartsWith("executing control query", StringComparison.Ordinal))
            {
                before = GraphState.Capture(graph);
                executed = true;
                try
                {
                    result = Execute(engine, step.DocString!, parameters);
                    error = null;
                }
                catch (Exception e)
                {
                    error = e;
                    result = null;
                }

                continue;
            }

            if (!executed)
            {
                return TckOutcome.Fail("unknown step: " + text);
            }

            var failure = Check(step, result, error, before!, graph);
            if (failure is not null)
            {
                return TckOutcome.Fail(failure);
            }
        }

        return TckOutcome.Pass;
    }

    private static CypherResult Execute(CypherEngine engine, string query, Dictionary<string, object?> parameters)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return engine.Execute(query, parameters, new CypherExecutionOptions(), timeout.Token);
    }

    private static string? Check(TckStep step, CypherResult? result, Exception? error, GraphState before, PropertyGraph graph)
    {
        var text = step.Text;
        if (text.StartsWith("a ", StringComparison.Ordinal) && text.Contains("should be raised", StringComparison.Ordinal))
        {
            var expected = text.Split(' ')[1];
            if (error is null)
            {
                return $"expected {text[(text.IndexOf(' ') + 1)..]}, but the query succeeded";
            }

            var code = error is CypherQueryException q ? q.Code : error.GetType().Name;
            var actual = code[(code.LastIndexOf('.') + 1)..];
            var same = actual == expected
                || (expected == "ConstraintVerificationFailed" && actual == "ConstraintValidationFailed")
                || (expected == "ProcedureError" && actual.StartsWith("Procedure", StringComparison.Ordinal));
            return same ? null : $"expected {expected}, got {code}: {error.Message}";
        }

        if (error is not null)
        {
            return $"query failed: {error.GetType().Name} {(error as CypherQueryException)?.Code} {error.Message}";
        }

        if (text.StartsWith("the result should be empty", StringComparison.Ordinal))
        {
            return result!.Rows.Count == 0 ? null : $"expected no rows, got {result.Rows.Count}";
        }

        if (text.StartsWith("the result should be", StringComparison.Ordinal))
        {
            return CompareTable(step, result!);
        }

        if (text == "no side effects")
        {
            var diff = GraphState.Diff(before, GraphState.Capture(graph));
            return diff.Values.All(v => v == 0) ? null : "unexpected side effects: " + Describe(diff);
        }

        if (text.StartsWith("the side effects should be", StringComparison.Ordinal))
        {
            var diff = GraphState.Diff(before, GraphState.Capture(graph));
            var expected = diff.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
            foreach (var row in step.Table)
            {
                expected[row[0]] = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            }

            return expected.All(e => diff[e.Key] == e.Value) ? null : $"side effects {Describe(diff)}, expected {Describe(expected)}";
        }

        return "unknown step: " + text;
    }

    private static string Describe(Dictionary<string, int> diff) =>
        string.Join(" ", diff.Where(d => d.Value != 0).Select(d => $"{d.Key}={d.Value}"));

    private static string? CompareTable(TckStep step, CypherResult result)
    {
        var ordered = step.Text.Contains("in order", StringComparison.Ordinal);
        var ignoreListOrder = step.Text.Contains("ignoring element order for lists", StringComparison.Ordinal);
        var header = step.Table[0];
        if (!header.SequenceEqual(result.Columns))
        {
            return $"columns [{string.Join(", ", result.Columns)}], expected [{string.Join(", ", header)}]";
        }

        var expected = step.Table.Skip(1)
            .Select(r => string.Join(" | ", r.Select(c => TckValues.Render(TckValues.Parse(c), ignoreListOrder))))
            .ToList();
        var actual = result.Rows
            .Select(r => string.Join(" | ", r.Select(v => TckValues.Render(TckValues.FromResult(v), ignoreListOrder))))
            .ToList();
        if (!ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }

        return expected.SequenceEqual(actual, StringComparer.Ordinal)
            ? null
            : $"rows differ.\n      expected: {string.Join(" ;; ", expected)}\n      actual:   {string.Join(" ;; ", actual)}";
    }
}

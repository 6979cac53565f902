using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// The WHERE conjuncts that read a shortestPath's path (or its relationship list). Neo4j applies them during the
/// search, so the result is the shortest path that satisfies them rather than the shortest path filtered afterwards.
/// Conjuncts of the form all/none over nodes(p) or relationships(p) also become per-element tests that prune the search.
/// </summary>
internal sealed class PathConstraint
{
    private readonly List<Expr> _conjuncts;
    private readonly List<ElementTest> _nodeTests = [];
    private readonly List<ElementTest> _relTests = [];

    private PathConstraint(List<Expr> conjuncts) => _conjuncts = conjuncts;

    /// <summary>A test every node (or relationship) of a satisfying path passes: Condition evaluates to Expected.</summary>
    private sealed record ElementTest(string Variable, Expr Condition, bool Expected);

    /// <param name="searched">The path and relationship variables of every shortest-path part of the MATCH.</param>
    public static PathConstraint? For(PatternPart part, Expr? where, IReadOnlySet<string> searched)
    {
        var own = OwnVariables(part);
        if (where is null || own.Count == 0)
        {
            return null;
        }

        // A conjunct that also reads another shortest path's variables can only be checked once both are bound.
        var conjuncts = Conjuncts(where)
            .Where(c => References(c, own) && !References(c, searched.Except(own, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        if (conjuncts.Count == 0)
        {
            return null;
        }

        var constraint = new PathConstraint(conjuncts);
        foreach (var conjunct in conjuncts)
        {
            constraint.AddElementTest(conjunct, part, searched);
            constraint.AddLengthBound(conjunct, part);
        }

        return constraint;
    }

    public static HashSet<string> OwnVariables(PatternPart part)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        if (part.PathVariable is not null)
        {
            own.Add(part.PathVariable);
        }

        if (part.Rels is [{ Variable: { } rel }])
        {
            own.Add(rel);
        }

        return own;
    }

    /// <summary>The shortest length a satisfying path may have, from conjuncts such as length(p) &gt;= 3.</summary>
    public int MinLength { get; private set; }

    /// <summary>The longest length a satisfying path may have, from conjuncts such as length(p) &lt; 5.</summary>
    public int MaxLength { get; private set; } = int.MaxValue;

    /// <summary>True when the bound result row (path and relationship variables set) satisfies every conjunct.</summary>
    public bool Accepts(Evaluator evaluator, Row result) => _conjuncts.All(c => evaluator.Eval(c, result) is true);

    public bool NodeAllowed(Evaluator evaluator, NodeRecord node, Row work) => Passes(_nodeTests, evaluator, node, work);

    public bool RelAllowed(Evaluator evaluator, RelRecord rel, Row work) => Passes(_relTests, evaluator, rel, work);

    private static bool Passes(List<ElementTest> tests, Evaluator evaluator, object element, Row work)
    {
        foreach (var test in tests)
        {
            var scope = new Row(work) { [test.Variable] = element };
            try
            {
                if (evaluator.Eval(test.Condition, scope) is not bool value || value != test.Expected)
                {
                    return false;
                }
            }
            catch (CypherQueryException)
            {
                // Pruning is only an optimisation: an element the test cannot judge stays, and the full predicate
                // reports the error if the element really ends up on a path.
            }
        }

        return true;
    }

    private void AddElementTest(Expr conjunct, PatternPart part, IReadOnlySet<string> searched)
    {
        var (quantifier, negated) = conjunct switch
        {
            Quantifier q => (q, false),
            Unary { Op: "NOT", Operand: Quantifier q } => (q, true),
            _ => (null, false),
        };
        if (quantifier?.Where is null)
        {
            return;
        }

        bool? expected = (quantifier.Kind, negated) switch
        {
            ("ALL", false) => true,
            ("NONE", false) or ("ANY", true) => false,
            _ => null,
        };

        // Each element is judged alone, so the condition must not read the path (nor any other path being searched).
        if (expected is null || References(quantifier.Where, searched))
        {
            return;
        }

        var test = new ElementTest(quantifier.Variable, quantifier.Where, expected.Value);
        switch (quantifier.Source)
        {
            case FunctionCall { LowerName: "nodes", Args: [Variable v] } when v.Name == part.PathVariable:
                _nodeTests.Add(test);
                break;
            case FunctionCall { LowerName: "relationships" or "rels", Args: [Variable v] } when v.Name == part.PathVariable:
            case Variable r when part.Rels is [{ VarLength: true, Variable: { } relVar }] && r.Name == relVar:
                _relTests.Add(test);
                break;
        }
    }

    // Bounds on length(p) narrow the lengths searched, so a bound the pattern cannot meet costs nothing.
    private void AddLengthBound(Expr conjunct, PatternPart part)
    {
        if (conjunct is not Binary { Op: "<" or "<=" or ">" or ">=" or "=" } comparison)
        {
            return;
        }

        static bool IsLength(Expr e, string? path) =>
            e is FunctionCall { LowerName: "length", Args: [Variable v] } && v.Name == path;

        var (op, bound) = (comparison.Left, comparison.Right) switch
        {
            (var l, Literal { Value: long k }) when IsLength(l, part.PathVariable) => (comparison.Op, k),
            (Literal { Value: long k }, var r) when IsLength(r, part.PathVariable) => (Mirror(comparison.Op), k),
            _ => (null, 0L),
        };
        var clamped = (int)Math.Clamp(bound, -1L, int.MaxValue - 1L);
        switch (op)
        {
            case ">":
                MinLength = Math.Max(MinLength, clamped + 1);
                break;
            case ">=":
                MinLength = Math.Max(MinLength, clamped);
                break;
            case "<":
                MaxLength = Math.Min(MaxLength, clamped - 1);
                break;
            case "<=":
                MaxLength = Math.Min(MaxLength, clamped);
                break;
            case "=":
                MinLength = Math.Max(MinLength, clamped);
                MaxLength = Math.Min(MaxLength, clamped);
                break;
        }
    }

    private static string Mirror(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };

    private static IEnumerable<Expr> Conjuncts(Expr expr) =>
        expr is Binary { Op: "AND" } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [expr];

    private static bool References(Expr expr, IReadOnlySet<string> names) =>
        names.Count > 0 && ExprWalker.Descendants(expr).Any(e => e is Variable v && names.Contains(v.Name));
}

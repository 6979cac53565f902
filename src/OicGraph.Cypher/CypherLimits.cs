namespace OicGraph.Cypher;

/// <summary>
/// Bounds on the shape of a query and of the values it builds. Parsing, checking and evaluating recurse over a query's
/// structure, and every reader of a value recurses into it; with these caps no input can drive that recursion to the end
/// of a thread's stack (which would end the process, not just the query). A query past a cap is refused with a syntax or
/// argument error naming the cap.
/// </summary>
public static class CypherLimits
{
    /// <summary>Most levels of parentheses, brackets, braces, CASE and subqueries inside one another.</summary>
    public const int MaxNestingDepth = 100;

    /// <summary>Most levels of an expression tree, counting operator chains such as <c>a + b + c</c> one level per operator.</summary>
    public const int MaxExpressionDepth = 250;

    /// <summary>Most relationships in one pattern, and most comma-separated pattern parts in one clause.</summary>
    public const int MaxPatternLength = 100;

    /// <summary>
    /// Most levels of lists and maps inside one another in a value. A result cell then stays well within the 64 levels a
    /// default JSON reader accepts, graph elements and the response envelope included.
    /// </summary>
    public const int MaxValueDepth = 50;
}

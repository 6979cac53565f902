using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Execution;

/// <summary>Neo4j-style status codes so clients (and the TCK runner) can tell error kinds apart.</summary>
internal static class CypherErrors
{
    /// <summary>The code of a result over its size limit (see <see cref="CypherExecutionOptions.MaxResultBytes"/>).</summary>
    public const string ResultTooLargeCode = "OicGraph.Cypher.ResultTooLarge";

    public static CypherQueryException Syntax(string message) => new("Neo.ClientError.Statement.SyntaxError", message);

    public static CypherQueryException Type(string message) => new("Neo.ClientError.Statement.TypeError", message);

    public static CypherQueryException Argument(string message) => new("Neo.ClientError.Statement.ArgumentError", message);

    public static CypherQueryException Arithmetic(string message) => new("Neo.ClientError.Statement.ArithmeticError", message);

    public static CypherQueryException Semantic(string message) => new("Neo.ClientError.Statement.SemanticError", message);

    public static CypherQueryException EntityNotFound(string message) => new("Neo.ClientError.Statement.EntityNotFound", message);

    public static CypherQueryException ParameterMissing(string name) =>
        new("Neo.ClientError.Statement.ParameterMissing", $"Expected parameter(s): {name}");

    public static CypherQueryException ConstraintViolation(string message) =>
        new("Neo.ClientError.Schema.ConstraintValidationFailed", message);
}

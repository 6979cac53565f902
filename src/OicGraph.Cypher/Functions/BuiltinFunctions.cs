using OicGraph.Graph.Cypher;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Functions;

/// <summary>Dispatches scalar function calls; the families live in sibling partial files.</summary>
internal static partial class BuiltinFunctions
{
    public static object? Call(Evaluator evaluator, FunctionCall call, Row row)
    {
        var name = call.LowerName;
        switch (name)
        {
            case "coalesce":
                foreach (var arg in call.Args)
                {
                    if (evaluator.Eval(arg, row) is { } value)
                    {
                        return value;
                    }
                }

                return null;
            case "exists":
                ExpectArgs(call, 1);
                return call.Args[0] is PatternPredicate
                    ? evaluator.Eval(call.Args[0], row)
                    : evaluator.Eval(call.Args[0], row) is not null;
        }

        var args = new object?[call.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = evaluator.Eval(call.Args[i], row);
        }

        return TryGraph(name, call, args, out var result)
            || TryString(name, call, args, out result)
            || TryList(name, call, args, out result)
            || TryMath(name, call, args, out result)
            || TryConversion(name, call, args, out result)
            ? result
            : throw CypherErrors.Syntax($"UnknownFunction: Unknown function '{call.Name}'");
    }

    public static bool IsKnown(string lowerName) => KnownNames.Contains(lowerName);

    private static readonly HashSet<string> KnownNames =
    [
        "coalesce", "exists", "id", "elementid", "labels", "type", "properties", "keys", "nodes", "relationships",
        "length", "startnode", "endnode", "tostring", "tointeger", "tofloat", "toboolean", "tostringornull",
        "tointegerornull", "tofloatornull", "tobooleanornull", "tolower", "toupper", "lower", "upper", "size", "head",
        "last", "tail", "range", "reverse", "substring", "split", "replace", "trim", "ltrim", "rtrim", "left", "right",
        "abs", "sign", "round", "floor", "ceil", "sqrt", "rand", "exp", "log", "log10", "e", "pi", "sin", "cos", "tan",
        "asin", "acos", "atan", "atan2", "cot", "degrees", "radians", "haversin", "isempty", "randomuuid", "timestamp",
        "valuetype", "isnan", "char_length", "character_length",
    ];

    public static void ExpectArgs(FunctionCall call, int min, int? max = null)
    {
        var count = call.Args.Count;
        if (count < min || count > (max ?? min))
        {
            throw CypherErrors.Syntax($"InvalidNumberOfArguments: wrong number of arguments to {call.Name}()");
        }
    }

    public static IReadOnlyList<object?> PathElements(PathValue path)
    {
        var list = new List<object?>();
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            list.Add(path.Nodes[i]);
            if (i < path.Rels.Count)
            {
                list.Add(path.Rels[i]);
            }
        }

        return list;
    }

    private static CypherQueryException ArgType(FunctionCall call, object? value) =>
        CypherErrors.Type($"InvalidArgumentType: {call.Name}() cannot take {Values.TypeName(value)}");
}

using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Functions;

internal static partial class BuiltinFunctions
{
    private static bool TryList(string name, FunctionCall call, object?[] args, out object? result)
    {
        result = null;
        switch (name)
        {
            case "size" or "char_length" or "character_length":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    string s => (long)s.Length,
                    IReadOnlyList<object?> list => (long)list.Count,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "isempty":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    string s => s.Length == 0,
                    IReadOnlyList<object?> list => list.Count == 0,
                    IReadOnlyDictionary<string, object?> map => map.Count == 0,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "head" or "last":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    IReadOnlyList<object?> list when list.Count == 0 => null,
                    IReadOnlyList<object?> list => name == "head" ? list[0] : list[^1],
                    var other => throw ArgType(call, other),
                };
                return true;
            case "tail":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    IReadOnlyList<object?> list => list.Skip(1).ToList(),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "reverse":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    string s => new string(s.Reverse().ToArray()),
                    IReadOnlyList<object?> list => list.Reverse().ToList(),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "range":
                ExpectArgs(call, 2, 3);
                result = Range(args);
                return true;
            default:
                return false;
        }
    }

    private static RangeList Range(object?[] args)
    {
        if (args.Any(a => a is not long))
        {
            throw CypherErrors.Argument($"InvalidArgumentType: range() needs integers, got {Values.TypeName(args.First(a => a is not long))}");
        }

        var step = args.Length > 2 ? (long)args[2]! : 1L;
        if (step == 0)
        {
            throw CypherErrors.Argument("NumberOutOfRange: step must not be zero");
        }

        return new RangeList((long)args[0]!, (long)args[1]!, step);
    }

    internal static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        PathValue path => PathElements(path),
        _ => null,
    };
}

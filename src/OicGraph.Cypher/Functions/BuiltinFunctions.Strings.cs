using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Functions;

internal static partial class BuiltinFunctions
{
    private static bool TryString(string name, FunctionCall call, object?[] args, out object? result)
    {
        result = null;
        switch (name)
        {
            case "tolower" or "lower":
                ExpectArgs(call, 1);
                result = Str(call, args[0])?.ToLowerInvariant();
                return true;
            case "toupper" or "upper":
                ExpectArgs(call, 1);
                result = Str(call, args[0])?.ToUpperInvariant();
                return true;
            case "trim":
                ExpectArgs(call, 1);
                result = Str(call, args[0])?.Trim();
                return true;
            case "ltrim":
                ExpectArgs(call, 1);
                result = Str(call, args[0])?.TrimStart();
                return true;
            case "rtrim":
                ExpectArgs(call, 1);
                result = Str(call, args[0])?.TrimEnd();
                return true;
            case "replace":
                ExpectArgs(call, 3);
                var source = Str(call, args[0]);
                var search = Str(call, args[1]);
                var replacement = Str(call, args[2]);
                result = source is null || search is null || replacement is null
                    ? null
                    : search.Length == 0 ? source : Replace(source, search, replacement);
                return true;
            case "split":
                ExpectArgs(call, 2);
                var text = Str(call, args[0]);
                var separator = Str(call, args[1]);
                result = text is null || separator is null
                    ? null
                    : separator.Length == 0
                        ? text.Select(c => (object?)c.ToString()).ToList()
                        : text.Split(separator).Cast<object?>().ToList();
                return true;
            case "substring":
                ExpectArgs(call, 2, 3);
                result = Substring(call, args);
                return true;
            case "left" or "right":
                ExpectArgs(call, 2);
                var s = Str(call, args[0]);
                if (s is null)
                {
                    result = null;
                    return true;
                }

                var n = Int(call, args[1]) ?? throw ArgType(call, null);
                if (n < 0)
                {
                    throw CypherErrors.Argument("NegativeIntegerArgument: length must be non-negative");
                }

                var take = (int)Math.Min(n, s.Length);
                result = name == "left" ? s[..take] : s[(s.Length - take)..];
                return true;
            default:
                return false;
        }
    }

    private static string? Substring(FunctionCall call, object?[] args)
    {
        var s = Str(call, args[0]);
        if (s is null)
        {
            return null;
        }

        var start = Int(call, args[1]) ?? throw ArgType(call, null);
        var length = args.Length > 2 ? Int(call, args[2]) ?? throw ArgType(call, null) : long.MaxValue;
        if (start < 0 || length < 0)
        {
            throw CypherErrors.Argument("NegativeIntegerArgument: start and length must be non-negative");
        }

        if (start >= s.Length)
        {
            return "";
        }

        return s.Substring((int)start, (int)Math.Min(length, s.Length - start));
    }

    private static string? Str(FunctionCall call, object? value) => value switch
    {
        null => null,
        string s => s,
        _ => throw ArgType(call, value),
    };

    private static long? Int(FunctionCall call, object? value) => value switch
    {
        null => null,
        long l => l,
        _ => throw ArgType(call, value),
    };

    /// <summary>replace() can multiply a string's length (and does so again in every reduce step), so the result's
    /// length is checked before it is allocated.</summary>
    private static string Replace(string source, string search, string replacement)
    {
        if (replacement.Length > search.Length)
        {
            long occurrences = 0;
            for (var at = source.IndexOf(search, StringComparison.Ordinal); at >= 0;
                 at = source.IndexOf(search, at + search.Length, StringComparison.Ordinal))
            {
                occurrences++;
            }

            ListLimits.EnsureStringLength(source.Length + (occurrences * (replacement.Length - search.Length)), "replace()");
        }

        return source.Replace(search, replacement, StringComparison.Ordinal);
    }
}

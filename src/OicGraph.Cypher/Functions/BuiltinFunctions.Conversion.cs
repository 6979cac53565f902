using System.Globalization;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Functions;

internal static partial class BuiltinFunctions
{
    private static bool TryConversion(string name, FunctionCall call, object?[] args, out object? result)
    {
        result = null;
        var orNull = name.EndsWith("ornull", StringComparison.Ordinal);
        var baseName = orNull ? name[..^6] : name;
        switch (baseName)
        {
            case "tostring":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    string or long or double or bool => ToCypherString(args[0]!),
                    _ when orNull => null,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "tointeger":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    long l => l,
                    double d => double.IsNaN(d) || double.IsInfinity(d) ? null : (long)Math.Truncate(d),
                    bool b => b ? 1L : 0L,
                    string s => ParseInteger(s),
                    _ when orNull => null,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "tofloat":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    long l => (double)l,
                    double d => d,
                    string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
                    _ when orNull => null,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "toboolean":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    bool b => b,
                    long l => l != 0,
                    string s => s.Trim().ToUpperInvariant() switch
                    {
                        "TRUE" => true,
                        "FALSE" => false,
                        _ => null,
                    },
                    _ when orNull => null,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "valuetype":
                ExpectArgs(call, 1);
                result = Values.TypeName(args[0]).ToUpperInvariant();
                return true;
            default:
                return false;
        }
    }

    private static long? ParseInteger(string s)
    {
        if (long.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
            ? (long)Math.Truncate(d)
            : null;
    }

    public static string ToCypherString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        _ => value.ToString() ?? "",
    };

    /// <summary>Formats like Java's Double.toString, which Cypher results follow (1.0, 1.0E20, NaN, Infinity).</summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        var abs = Math.Abs(d);
        if (abs == 0 || (abs >= 1e-3 && abs < 1e7))
        {
            var s = d.ToString("R", CultureInfo.InvariantCulture);
            if (s.Contains('E', StringComparison.Ordinal))
            {
                s = d.ToString("0.0###################", CultureInfo.InvariantCulture);
            }

            return s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
        }

        // Build mantissa/exponent from the shortest round-trip digits.
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        var digits = shortest.TrimStart('-');
        int exponent;
        string mantissa;
        if (digits.Contains('E', StringComparison.Ordinal))
        {
            var parts = digits.Split('E');
            mantissa = parts[0];
            exponent = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = digits;
            exponent = 0;
        }

        var pointIndex = mantissa.IndexOf('.', StringComparison.Ordinal);
        var allDigits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var intLength = pointIndex < 0 ? mantissa.Length : pointIndex;
        var firstNonZero = allDigits.TakeWhile(c => c == '0').Count();
        allDigits = allDigits[firstNonZero..];
        exponent += intLength - 1 - firstNonZero;
        allDigits = allDigits.TrimEnd('0');
        if (allDigits.Length == 0)
        {
            allDigits = "0";
        }

        var body = allDigits[..1] + "." + (allDigits.Length > 1 ? allDigits[1..] : "0");
        return (d < 0 ? "-" : "") + body + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}

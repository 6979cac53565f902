using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Functions;

internal static partial class BuiltinFunctions
{
    private static bool TryMath(string name, FunctionCall call, object?[] args, out object? result)
    {
        result = null;
        switch (name)
        {
            case "abs":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    long l => Math.Abs(l),
                    double d => Math.Abs(d),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "sign":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    long l => (long)Math.Sign(l),
                    double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "round":
                ExpectArgs(call, 1, 3);
                result = Round(call, args);
                return true;
            case "rand":
                ExpectArgs(call, 0);
                result = Random.Shared.NextDouble();
                return true;
            case "timestamp":
                ExpectArgs(call, 0);
                result = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                return true;
            case "randomuuid":
                ExpectArgs(call, 0);
                result = Guid.NewGuid().ToString();
                return true;
            case "isnan":
                ExpectArgs(call, 1);
                result = args[0] is null ? null : double.IsNaN(Num(call, args[0]));
                return true;
            case "e" or "pi":
                ExpectArgs(call, 0);
                result = name == "e" ? Math.E : Math.PI;
                return true;
            case "atan2":
                ExpectArgs(call, 2);
                result = args[0] is null || args[1] is null ? null : Math.Atan2(Num(call, args[0]), Num(call, args[1]));
                return true;
        }

        Func<double, double>? f = name switch
        {
            "floor" => Math.Floor,
            "ceil" => Math.Ceiling,
            "sqrt" => Math.Sqrt,
            "exp" => Math.Exp,
            "log" => Math.Log,
            "log10" => Math.Log10,
            "sin" => Math.Sin,
            "cos" => Math.Cos,
            "tan" => Math.Tan,
            "asin" => Math.Asin,
            "acos" => Math.Acos,
            "atan" => Math.Atan,
            "cot" => x => 1 / Math.Tan(x),
            "degrees" => x => x * 180 / Math.PI,
            "radians" => x => x * Math.PI / 180,
            "haversin" => x => (1 - Math.Cos(x)) / 2,
            _ => null,
        };
        if (f is null)
        {
            return false;
        }

        ExpectArgs(call, 1);
        result = args[0] is null ? null : f(Num(call, args[0]));
        return true;
    }

    private static object? Round(FunctionCall call, object?[] args)
    {
        if (args.Any(a => a is null))
        {
            return null;
        }

        var x = Num(call, args[0]);
        var precision = args.Length > 1 ? (int)(Int(call, args[1]) ?? 0) : 0;
        var mode = args.Length > 2 ? Str(call, args[2])!.ToUpperInvariant() : "HALF_UP";
        var scale = Math.Pow(10, precision);
        var scaled = x * scale;
        var rounded = mode switch
        {
            "CEILING" => Math.Ceiling(scaled),
            "FLOOR" => Math.Floor(scaled),
            "UP" => scaled < 0 ? Math.Floor(scaled) : Math.Ceiling(scaled),
            "DOWN" => Math.Truncate(scaled),
            "HALF_EVEN" => Math.Round(scaled, MidpointRounding.ToEven),
            "HALF_DOWN" => Math.Round(scaled, MidpointRounding.ToZero),
            // Cypher's round() rounds half towards positive infinity for the one-argument form.
            _ => args.Length == 1 ? Math.Floor(scaled + 0.5) : Math.Round(scaled, MidpointRounding.AwayFromZero),
        };
        return rounded / scale;
    }

    private static double Num(FunctionCall call, object? value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw ArgType(call, value),
    };
}

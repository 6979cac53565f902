using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Evaluator
{
    private object? EvalBinary(Binary binary, Row row)
    {
        switch (binary.Op)
        {
            case "AND":
                {
                    var l = AsBool(Eval(binary.Left, row));
                    if (l == false)
                    {
                        return false;
                    }

                    var r = AsBool(Eval(binary.Right, row));
                    return r == false ? false : l is null || r is null ? null : true;
                }

            case "OR":
                {
                    var l = AsBool(Eval(binary.Left, row));
                    if (l == true)
                    {
                        return true;
                    }

                    var r = AsBool(Eval(binary.Right, row));
                    return r == true ? true : l is null || r is null ? null : false;
                }

            case "XOR":
                {
                    var l = AsBool(Eval(binary.Left, row));
                    var r = AsBool(Eval(binary.Right, row));
                    return l is null || r is null ? null : l != r;
                }
        }

        var left = Eval(binary.Left, row);
        var right = Eval(binary.Right, row);
        return Apply(binary.Op, left, right);
    }

    public static object? Apply(string op, object? left, object? right)
    {
        switch (op)
        {
            case "=":
                return Values.Equal(left, right);
            case "<>":
                return !Values.Equal(left, right);
            case "<" or ">" or "<=" or ">=" when IsNaN(left) || IsNaN(right):
                return left is null || right is null ? null : Values.IsNumber(left) && Values.IsNumber(right) ? false : null;
            case "<":
                return Values.Compare(left, right) is { } lt ? lt < 0 : null;
            case ">":
                return Values.Compare(left, right) is { } gt ? gt > 0 : null;
            case "<=":
                return Values.Compare(left, right) is { } le ? le <= 0 : null;
            case ">=":
                return Values.Compare(left, right) is { } ge ? ge >= 0 : null;
            case "STARTS WITH":
                return left is string a1 && right is string b1 ? a1.StartsWith(b1, StringComparison.Ordinal) : null;
            case "ENDS WITH":
                return left is string a2 && right is string b2 ? a2.EndsWith(b2, StringComparison.Ordinal) : null;
            case "CONTAINS":
                return left is string a3 && right is string b3 ? a3.Contains(b3, StringComparison.Ordinal) : null;
            case "=~":
                return left is string a4 && right is string b4 ? CypherRegex.IsMatch(a4, b4) : null;
            case "IN":
                return In(left, right);
            default:
                return Arithmetic(op, left, right);
        }
    }

    private static bool IsNaN(object? value) => value is double d && double.IsNaN(d);

    private static bool? In(object? item, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (list is not IReadOnlyList<object?> items)
        {
            throw CypherErrors.Type($"InvalidArgumentType: IN expects a list, got {Values.TypeName(list)}");
        }

        var sawNull = false;
        foreach (var candidate in items)
        {
            var e = Values.Equal(item, candidate);
            if (e == true)
            {
                return true;
            }

            sawNull |= e is null;
        }

        return sawNull ? null : false;
    }

    private static bool? AsBool(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.Type($"Expected a boolean, got {Values.TypeName(value)}"),
    };

    private static object? Arithmetic(string op, object? left, object? right)
    {
        if (op == "+")
        {
            switch (left)
            {
                case IReadOnlyList<object?> list when right is IReadOnlyList<object?> other:
                    ListLimits.EnsureListSize((long)list.Count + other.Count, "List concatenation");
                    return list.Concat(other).ToList();
                case IReadOnlyList<object?> list:
                    ListLimits.EnsureListSize(list.Count + 1L, "List concatenation");
                    ValueDepth.EnsureCanHold(right, "List concatenation");
                    return list.Append(right).ToList();
                case not null when right is IReadOnlyList<object?> other2:
                    ListLimits.EnsureListSize(other2.Count + 1L, "List concatenation");
                    ValueDepth.EnsureCanHold(left, "List concatenation");
                    return other2.Prepend(left).ToList();
            }
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (op == "+" && (left is string || right is string))
        {
            if ((left is string || Values.IsNumber(left)) && (right is string || Values.IsNumber(right)))
            {
                var leftText = Functions.BuiltinFunctions.ToCypherString(left);
                var rightText = Functions.BuiltinFunctions.ToCypherString(right);
                ListLimits.EnsureStringLength((long)leftText.Length + rightText.Length, "String concatenation");
                return leftText + rightText;
            }
        }

        if (!Values.IsNumber(left) || !Values.IsNumber(right))
        {
            throw CypherErrors.Type($"Cannot apply {op} to {Values.TypeName(left)} and {Values.TypeName(right)}");
        }

        if (op == "^")
        {
            return Math.Pow(Values.ToDouble(left), Values.ToDouble(right));
        }

        if (left is long a && right is long b)
        {
            try
            {
                return op switch
                {
                    "+" => checked(a + b),
                    "-" => checked(a - b),
                    "*" => checked(a * b),
                    "/" => b == 0 ? throw CypherErrors.Arithmetic("/ by zero") : a == long.MinValue && b == -1 ? throw new OverflowException() : a / b,
                    "%" => b == 0 ? throw CypherErrors.Arithmetic("/ by zero") : b == -1 ? 0L : a % b,
                    _ => throw CypherErrors.Syntax($"Unknown operator {op}"),
                };
            }
            catch (OverflowException)
            {
                throw CypherErrors.Arithmetic("long overflow");
            }
        }

        var x = Values.ToDouble(left);
        var y = Values.ToDouble(right);
        return op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "/" => x / y,
            "%" => x % y,
            _ => throw CypherErrors.Syntax($"Unknown operator {op}"),
        };
    }

    private object? EvalUnary(Unary unary, Row row)
    {
        var value = Eval(unary.Operand, row);
        switch (unary.Op)
        {
            case "NOT":
                return AsBool(value) is { } b ? !b : null;
            case "-":
                return value switch
                {
                    null => null,
                    long l => l == long.MinValue ? throw CypherErrors.Arithmetic("long overflow") : -l,
                    double d => -d,
                    _ => throw CypherErrors.Type($"Cannot negate {Values.TypeName(value)}"),
                };
            default:
                return value is null or long or double ? value : throw CypherErrors.Type($"Cannot apply + to {Values.TypeName(value)}");
        }
    }
}

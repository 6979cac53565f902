using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

internal static class Aggregation
{
    public static bool IsAggregate(Expr expr) => expr is CountStar or FunctionCall { IsAggregate: true };

    public static bool Contains(Expr expr) => IsAggregate(expr) || ExprWalker.Children(expr).Any(Contains);

    /// <summary>Collects the outermost aggregate calls of an expression.</summary>
    public static void Collect(Expr expr, List<Expr> found)
    {
        if (IsAggregate(expr))
        {
            found.Add(expr);
            return;
        }

        foreach (var child in ExprWalker.Children(expr))
        {
            Collect(child, found);
        }
    }

    /// <summary>What an accumulator does with each value, decided once instead of per row from the function's name.</summary>
    private enum Kind
    {
        CountStar,
        Count,
        Sum,
        MinMax,
        Values,
    }

    public sealed class Accumulator(Expr expression)
    {
        private readonly FunctionCall? _call = expression as FunctionCall;
        private readonly Kind _kind = expression switch
        {
            CountStar => Kind.CountStar,
            FunctionCall { LowerName: "count" } => Kind.Count,
            FunctionCall { LowerName: "sum" or "avg" } => Kind.Sum,
            FunctionCall { LowerName: "min" or "max" } => Kind.MinMax,
            _ => Kind.Values,
        };

        // The arguments read once, not through the call's IReadOnlyList per row.
        private readonly Expr? _argument = expression is FunctionCall { Args.Count: > 0 } c ? c.Args[0] : null;
        private readonly Expr? _second = expression is FunctionCall { Args.Count: > 1 } c ? c.Args[1] : null;

        // Named once: the limits' messages were interpolated per row, a string allocated for every value collected.
        private readonly string _what = expression is FunctionCall named ? named.Name + "()" : "count(*)";
        private readonly string _whatDistinct = expression is FunctionCall named ? named.Name + "(DISTINCT)" : "count(*)";

        private readonly List<object?> _values = [];
        private readonly HashSet<object?>? _seen =
            expression is FunctionCall { Distinct: true } ? new(Values.EquivalenceComparer.Instance) : null;

        private readonly RunningSum _sum = new();
        private long _count;
        private object? _best;
        private object? _extra;

        public Expr Expression { get; } = expression;

        public void Add(Evaluator evaluator, Row row)
        {
            if (_kind == Kind.CountStar)
            {
                _count++;
                return;
            }

            var call = _call!;
            if (_argument is null)
            {
                throw CypherErrors.Syntax($"InvalidNumberOfArguments: {call.Name}() needs an argument");
            }

            var value = evaluator.Eval(_argument, row);
            if (_second is not null)
            {
                _extra = evaluator.Eval(_second, row);
            }

            if (value is null || (_seen is not null && !_seen.Add(value)))
            {
                return;
            }

            if (_seen is not null)
            {
                ListLimits.EnsureListSize(_seen.Count, _whatDistinct);
            }

            _count++;
            switch (_kind)
            {
                case Kind.Count:
                    return;
                case Kind.Sum:
                    _sum.Add(value);
                    return;
                case Kind.MinMax:
                    // Ties keep the earlier value, as a left fold over the values would.
                    var order = MinMaxOrder(value, _best);
                    if (_count == 1 || (call.LowerName == "min" ? order < 0 : order > 0))
                    {
                        _best = value;
                    }

                    return;
                default:
                    // collect, percentiles and standard deviations need every value; the cap keeps that bounded.
                    ListLimits.AddCapped(_values, value, _what);
                    return;
            }
        }

        public object? Result()
        {
            if (Expression is CountStar)
            {
                return _count;
            }

            var call = (FunctionCall)Expression;
            return call.LowerName switch
            {
                "count" => _count,
                "collect" => _values.ToList(),
                "sum" => _sum.Result(),
                "avg" => _count == 0 ? null : _sum.Total / _count,
                "min" or "max" => _best,
                "percentiledisc" => Percentile(false),
                "percentilecont" => Percentile(true),
                "stdev" => StandardDeviation(true),
                _ => StandardDeviation(false),
            };
        }

        // min/max compare across types with numbers above strings, unlike ORDER BY.
        private static int MinMaxOrder(object? a, object? b)
        {
            if (Values.IsNumber(a) != Values.IsNumber(b))
            {
                return Values.IsNumber(a) ? 1 : -1;
            }

            return Values.Order(a, b);
        }

        private object? Percentile(bool continuous)
        {
            if (_extra is not (long or double))
            {
                throw CypherErrors.Argument("percentile must be a number");
            }

            var p = Values.ToDouble(_extra);
            if (p is < 0 or > 1)
            {
                throw CypherErrors.Argument("NumberOutOfRange: percentile must be between 0.0 and 1.0");
            }

            if (_values.Count == 0)
            {
                return null;
            }

            var sorted = _values.OrderBy(v => Values.ToDouble(v!)).ToList();
            if (!continuous)
            {
                var index = p == 0 ? 0 : (int)Math.Ceiling(p * sorted.Count) - 1;
                return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
            }

            var position = p * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var lo = Values.ToDouble(sorted[lower]!);
            var hi = Values.ToDouble(sorted[upper]!);
            return lo + ((hi - lo) * (position - lower));
        }

        private double StandardDeviation(bool sample)
        {
            var numbers = _values.Select(v => Values.ToDouble(v!)).ToList();
            var n = numbers.Count;
            if (n < (sample ? 2 : 1))
            {
                return 0.0;
            }

            var mean = numbers.Average();
            var squares = numbers.Sum(x => (x - mean) * (x - mean));
            return Math.Sqrt(squares / (sample ? n - 1 : n));
        }
    }
}

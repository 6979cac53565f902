namespace OicGraph.Cypher.Execution;

/// <summary>
/// sum() and avg() without keeping the values: an exact integer total while every value is an integer (overflow
/// reported only if the result must be an integer) and a floating-point total in the same order for everything else.
/// </summary>
internal sealed class RunningSum
{
    private long _integerTotal;
    private bool _overflowed;
    private bool _allIntegers = true;

    public double Total { get; private set; }

    public void Add(object value)
    {
        if (!Values.IsNumber(value))
        {
            throw CypherErrors.Type("sum() and avg() need numbers");
        }

        Total += Values.ToDouble(value);
        if (value is long l)
        {
            if (!_overflowed)
            {
                try
                {
                    _integerTotal = checked(_integerTotal + l);
                }
                catch (OverflowException)
                {
                    _overflowed = true;
                }
            }
        }
        else
        {
            _allIntegers = false;
        }
    }

    public object Result()
    {
        if (!_allIntegers)
        {
            return Total;
        }

        return _overflowed ? throw CypherErrors.Arithmetic("long overflow") : _integerTotal;
    }
}

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Caps on the values one query may build. A research query must not be able to exhaust the server's memory before
/// its timeout fires, so no list and no concatenated string grows past these sizes; the query fails instead.
/// </summary>
internal static class ListLimits
{
    public const int MaxListSize = 10_000_000;

    public const int MaxStringLength = 10_000_000;

    public static void EnsureListSize(long count, string what)
    {
        if (count > MaxListSize)
        {
            throw CypherErrors.Argument(
                $"{what} would build a list of {count:N0} elements; lists are limited to {MaxListSize:N0} elements.");
        }
    }

    public static void EnsureStringLength(long length, string what)
    {
        if (length > MaxStringLength)
        {
            throw CypherErrors.Argument(
                $"{what} would build a string of {length:N0} characters; strings are limited to {MaxStringLength:N0} characters.");
        }
    }

    /// <summary>Adds to a list being built, refusing the element that would take it past the size or depth cap.</summary>
    public static void AddCapped(List<object?> list, object? item, string what)
    {
        if (list.Count >= MaxListSize)
        {
            EnsureListSize(list.Count + 1L, what);
        }

        ValueDepth.EnsureCanHold(item, what);
        list.Add(item);
    }
}

using System.Globalization;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>Reads the cell model of <see cref="Http.QueryResult"/> (long, double, string, lists, maps) as the model's types.</summary>
internal static class Cells
{
    public static string? String(object? value) => value switch
    {
        null => null,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => value.ToString(),
    };

    public static int Int(object? value) => value switch
    {
        long number => checked((int)number),
        double number => checked((int)number),
        string text => int.Parse(text, CultureInfo.InvariantCulture),
        _ => 0,
    };

    public static long Long(object? value) => value is long number ? number : Int(value);

    public static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

    public static IReadOnlyList<string> Strings(object? value) => List(value).Select(item => String(item) ?? "").ToList();

    public static IReadOnlyList<int> Ints(object? value) => List(value).Select(Int).ToList();

    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

using System.Globalization;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Validation;

internal static class DocumentRules
{
    public const string IdMessage = DocumentIds.Rule;
    public const string DateMessage = "A date is ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD.";

    public static bool BeAnId(string? id) => id is null || DocumentIds.IsValid(id);

    public static bool BeAnIsoDate(string? date) => date is null || date.Length switch
    {
        4 => int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        7 => DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };
}

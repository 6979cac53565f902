using System.Globalization;
using System.Text.RegularExpressions;

namespace OicGraph.Api.Validation;

internal static partial class DocumentRules
{
    public const string IdMessage = "An id is 1-100 characters of letters, digits, '-', '_' or '.', starting with a letter or digit.";
    public const string DateMessage = "A date is ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD.";

    public static bool BeAnId(string? id) => id is null || IdPattern().IsMatch(id);

    public static bool BeAnIsoDate(string? date) => date is null || date.Length switch
    {
        4 => int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        7 => DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex IdPattern();
}

using System.Globalization;

namespace OicGraph.Text.Normalization;

/// Looks up the NFKC expansion of an Arabic presentation form.
internal static class PresentationForms
{
    private const char First = '\uFB50';
    private const char Last = '\uFEFE';

    private static readonly string?[] Table = Build();

    public static string? Expand(char c) => c is < First or > Last ? null : Table[c - First];

    private static string?[] Build()
    {
        var table = new string?[Last - First + 1];
        foreach (var entry in PresentationFormsData.Entries.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var code = int.Parse(entry.AsSpan(0, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[code - First] = entry[4..];
        }

        return table;
    }
}

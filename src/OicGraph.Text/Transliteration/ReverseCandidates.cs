namespace OicGraph.Text.Transliteration;

/// Enumerates readings of a unit list, fewest departures from the preferred reading first, and keeps the first one that
/// converts forward to exactly the Arabic word (doc §7.4: every candidate is validated).
internal static class ReverseCandidates
{
    private const int MaxDepartures = 2;

    // Validations per word: enough for real words (a handful of choice points), bounded for garbage input.
    private const int MaxValidations = 200;

    private static readonly TransliterationOptions[] Variants =
    [
        TransliterationOptions.Kazinform,
        TransliterationOptions.Egemen,
        new() { Tse = TseRendering.Ts },
        new() { Tse = TseRendering.S },
    ];

    /// The first validated reading, or null.
    public static string? FirstValid(string prefix, List<ReverseUnit> units, string arabic)
    {
        var choices = Enumerable.Range(0, units.Count).Where(k => units[k].Options.Length > 1).ToArray();
        var picks = new int[units.Count];
        var budget = MaxValidations;
        for (var departures = 0; departures <= Math.Min(MaxDepartures, choices.Length); departures++)
        {
            if (Combine(prefix, units, arabic, choices, picks, 0, departures, ref budget) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// The preferred reading, valid or not.
    public static string Preferred(string prefix, List<ReverseUnit> units) => prefix + string.Concat(units.Select(u => u.Options[0]));

    // Changes exactly `left` more choices (each to a non-preferred option), choice points in order from `from`.
    private static string? Combine(
        string prefix, List<ReverseUnit> units, string arabic, int[] choices, int[] picks, int from, int left, ref int budget)
    {
        if (budget <= 0)
        {
            return null;
        }

        if (left == 0)
        {
            budget--;
            var candidate = prefix + string.Concat(units.Select((u, k) => u.Options[picks[k]]));
            return Validates(candidate, arabic) ? candidate : null;
        }

        for (var c = from; c < choices.Length; c++)
        {
            var unit = choices[c];
            for (var option = 1; option < units[unit].Options.Length; option++)
            {
                picks[unit] = option;
                var found = Combine(prefix, units, arabic, choices, picks, c + 1, left - 1, ref budget);
                picks[unit] = 0;
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    public static bool Validates(string cyrillic, string arabic)
    {
        foreach (var options in Variants)
        {
            if (string.Equals(CyrillicToArabic.Convert(cyrillic, options), arabic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;
using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Dates (doc §4.3): <c>1969 -جىلى</c>, <c>2014-2016 -جىلدارى</c>, <c>2017 -جىلدىڭ مامىر ايىندا</c>,
/// <c>2017 -جىلدىڭ قىركۇيەگىندە</c>, <c>15 -مامىردا</c>, and spans of time (<c>سوڭعى 2 جىلدا</c> = P2Y) with the
/// words around them that KazNERD counts as part of the date. Values are ISO 8601.
/// </summary>
internal sealed class DateStep : IExtractionStep
{
    private static readonly string[] Before = Lexicon.Keys("соңғы", "алдағы", "өткен", "келесі", "келер", "осы", "биылғы", "шамамен");
    private static readonly string[] After = Lexicon.Keys("бұрын", "бойы", "ішінде", "кейін", "соң", "бері", "дейін", "дейінгі", "аралығында", "астам", "жуық");
    private static readonly (string Key, char Unit)[] Units =
        [.. new[] { ("жыл", 'Y'), ("ай", 'M'), ("апта", 'W'), ("күн", 'D'), ("тәулік", 'D'), ("жас", 'Y') }.Select(u => (Lexicon.Key(u.Item1), u.Item2))];

    public string Name => "dates";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
            {
                if (words[i].Kind != WordKind.Number || context.OwnerOf(i) is not null)
                {
                    continue;
                }

                if (Match(words, i, sentence.EndWord) is not { } found)
                {
                    continue;
                }

                var first = found.First;
                if (first > sentence.FirstWord && Lexicon.IsAny(words[first - 1].Key, Before) && context.OwnerOf(first - 1) is null)
                {
                    first--;
                }

                var last = found.Last;
                while (last + 1 < sentence.EndWord && Lexicon.IsAny(words[last + 1].Key, After))
                {
                    last++;
                }

                context.AddMention(first, last, DateEntity(context, found.Value));
                i = last;
            }
        }
    }

    public static EntityDraft DateEntity(ExtractionContext context, string value)
    {
        var entity = context.Entity("date-" + Slug.Of(value), EntityType.Date, value);
        entity.Properties["value"] = value;
        return entity;
    }

    private sealed record Found(int First, int Last, string Value);

    private static Found? Match(IReadOnlyList<Word> words, int i, int end)
    {
        var text = words[i].Text;
        var j = SkipOrdinal(words, i + 1, end);
        if (j >= end)
        {
            return null;
        }

        if (text.Length == 9 && text[4] == '-' && IsYear(text[..4]) && IsYear(text[5..]) && IsYearWord(words[j].Key))
        {
            return new Found(i, j, $"{text[..4]}/{text[5..]}");
        }

        if (text.Length == 4 && IsYear(text) && IsYearWord(words[j].Key))
        {
            return YearOn(words, i, j, end, text);
        }

        if (DayOfMonth(words, i, end, "--") is { } dayOfMonth)
        {
            return dayOfMonth;
        }

        if (text.Length <= 3 && int.TryParse(text, CultureInfo.InvariantCulture, out var count) && UnitOf(words[j].Key) is { } unit)
        {
            return new Found(i, j, $"P{count}{unit}");
        }

        return null;
    }

    // "2017 -جىلدىڭ مامىر ايىندا", "2013 -جىلدىڭ 29-ىنشى قاڭتارىندا", "2011 جىلعى 28 اقپان".
    private static Found YearOn(IReadOnlyList<Word> words, int i, int yearWord, int end, string year)
    {
        var k = yearWord + 1;
        if (k < end && DayOfMonth(words, k, end, year + "-") is { } day)
        {
            return day with { First = i };
        }

        if (k < end && MonthOf(words[k].Key) is { } monthOnly)
        {
            var last = k + 1 < end && words[k + 1].Key.StartsWith(Lexicon.Month, StringComparison.Ordinal) && words[k + 1].Key.Length <= 6 ? k + 1 : k;
            return new Found(i, last, $"{year}-{monthOnly:00}");
        }

        return new Found(i, yearWord, year);
    }

    // "13 اقپان" (--02-13), "23 جانە 24 ماۋسىمدا" (--06-23/--06-24: the two days), and a year after the month as a
    // dateline or page header writes it: "13 اقپان, 2025", "8 ءساۋىر 2020".
    private static Found? DayOfMonth(IReadOnlyList<Word> words, int i, int end, string yearPrefix)
    {
        int day;
        int? lastDay = null;
        if (Day(words[i].Text) is { } single && words[i].Kind == WordKind.Number)
        {
            day = single;
        }
        else if (words[i].Text.Split('-') is [{ } fromDay, { } toDay] && Day(fromDay) is { } a && Day(toDay) is { } b && b > a)
        {
            (day, lastDay) = (a, b);
        }
        else
        {
            return null;
        }

        var j = SkipOrdinal(words, i + 1, end);
        if (lastDay is null && j + 1 < end && Lexicon.IsAny(words[j].Key, RangeWords) && words[j + 1].Kind == WordKind.Number
            && Day(words[j + 1].Text) is { } second && second > day)
        {
            lastDay = second;
            j = SkipOrdinal(words, j + 2, end);
        }

        if (j >= end || MonthOf(words[j].Key) is not { } month)
        {
            return null;
        }

        var last = j;
        if (yearPrefix == "--")
        {
            var y = j + 1 < end && words[j + 1].Is(',') ? j + 2 : j + 1;
            if (y < end && words[y].Kind == WordKind.Number && words[y].Text.Length == 4 && IsYear(words[y].Text)
                && words[j].Key == Lexicon.Months[month - 1])
            {
                yearPrefix = words[y].Text + "-";
                last = y + 1 < end && IsYearWord(words[y + 1].Key) ? y + 1 : y;
            }
        }

        var first = $"{yearPrefix}{month:00}-{day:00}";
        return new Found(i, last, lastDay is { } to ? $"{first}/{yearPrefix}{month:00}-{to:00}" : first);
    }

    private static readonly string[] RangeWords = Lexicon.Keys("және", "мен", "-");

    private static int? Day(string text) =>
        text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    private static int SkipOrdinal(IReadOnlyList<Word> words, int j, int end)
    {
        while (j < end && (words[j].Is('-') || (words[j].IsWord && Lexicon.IsAny(words[j].Key.TrimStart('-'), Lexicon.Ordinal))
            || (words[j].IsWord && words[j].Key.Length == 0)))
        {
            j++;
        }

        return j;
    }

    private static bool IsYear(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2100;

    private static bool IsYearWord(string key) =>
        key.StartsWith(Lexicon.Year, StringComparison.Ordinal) && !key.StartsWith(Lexicon.Year + "دام", StringComparison.Ordinal);

    public static int? MonthOf(string key)
    {
        for (var m = 0; m < Lexicon.Months.Length; m++)
        {
            if (key.StartsWith(Lexicon.Months[m], StringComparison.Ordinal))
            {
                return m + 1;
            }
        }

        return key.StartsWith(Lexicon.VoicedSeptember, StringComparison.Ordinal) ? 9 : null;
    }

    private static char? UnitOf(string key)
    {
        foreach (var (unit, letter) in Units)
        {
            if (key == unit || (key.StartsWith(unit, StringComparison.Ordinal) && IsCaseEnding(key[unit.Length..])))
            {
                return letter;
            }
        }

        return null;
    }

    // The endings a unit word takes after a number: جىلدا, ايدىڭ, كۇنگە, جاستاعى, اپتانىڭ.
    private static readonly string[] Endings = ["ى", "دا", "دە", "تا", "تە", "عا", "گە", "قا", "كە", "نىڭ", "دىڭ", "تىڭ", "دان", "دەن", "تان", "تەن", "داعى", "دەگى", "تاعى", "تەگى", "دىق", "دىك", "تىق", "تىك", "لىق", "لىك", "ار", "نى", "دى", "تى", "مەن", "بەن", "پەن", "سىندا", "ىندا", "ىندە", "ندا"];

    private static bool IsCaseEnding(string rest) => Array.IndexOf(Endings, rest) >= 0;
}

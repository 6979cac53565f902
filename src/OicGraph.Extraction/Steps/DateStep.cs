using System.Globalization;
using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Dates (doc §4.3): <c>1969 -جىلى</c>, <c>2014-2016 -جىلدارى</c>, <c>2017 -جىلدىڭ مامىر ايىندا</c>,
/// <c>2017 -جىلدىڭ قىركۇيەگىندە</c>, <c>15 -مامىردا</c>, a day after its month in the genitive (<c>تامىزدىڭ 19-ى</c>),
/// spans of time (<c>سوڭعى 2 جىلدا</c> = P2Y), centuries (<c>20-سىنشى عاسىردا</c> = 19), decades (<c>90-ىنشى جىلدار</c> =
/// 199), quarters (<c>1-ىنشى توقساندا</c> = --Q1, no year), and a range of two as one date (<c>5 – 10 جىلدا</c>,
/// <c>27-نشى ناۋرىز بەن 4-ىنشى ءساۋىر ارالىعىندا</c>), with the words around them that KazNERD counts as part of the date.
/// Values are ISO 8601 (a range: its two ends joined by "/").
/// </summary>
internal sealed class DateStep : IExtractionStep
{
    // KazNERD leaves "осы" out before a count or a year ("осы 2 жыл ішінде"); "осы жылдың ..." has no number to start from.
    private static readonly string[] Before = Lexicon.Keys("соңғы", "алдағы", "өткен", "келесі", "келер", "биылғы", "шамамен", "кемі");
    private static readonly string AtLeast = Lexicon.Key("кем") + " " + Lexicon.Key("дегенде");
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
                if (context.OwnerOf(i) is not null || At(words, i, sentence.EndWord) is not { } found)
                {
                    continue;
                }

                // "Абай Құнанбаевтың 175 жылдығына": the anniversary of someone or something named is an event, not a date.
                if (found.First > sentence.FirstWord && words[found.Last].Key.StartsWith(Anniversary, StringComparison.Ordinal)
                    && Lexicon.EndsWithAny(words[found.First - 1].Key, Genitive))
                {
                    i = found.Last;
                    continue;
                }

                found = Range(words, found, sentence.EndWord) ?? found;
                var first = found.First;
                if (first > sentence.FirstWord && Lexicon.IsAny(words[first - 1].Key, Before) && context.OwnerOf(first - 1) is null)
                {
                    first--;
                }
                else if (first > sentence.FirstWord + 1 && words[first - 2].Key + " " + words[first - 1].Key == AtLeast
                    && context.OwnerOf(first - 2) is null && context.OwnerOf(first - 1) is null)
                {
                    first -= 2;
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

    // A date starting at word i: from its number, or from its month in the genitive ("тамыздың 19-ы").
    private static Found? At(IReadOnlyList<Word> words, int i, int end) =>
        words[i].Kind == WordKind.Number ? Match(words, i, end) : words[i].Kind == WordKind.Word ? MonthFirst(words, i, end) : null;

    private static readonly string[] Connectors = [.. Lexicon.Keys("мен", "бен", "пен", "және"), "—", "–", "-"];
    private static readonly string[] Between = Lexicon.Keys("аралығында", "аралығындағы", "аралығы");
    private static readonly string[] Until = Lexicon.Keys("дейін", "дейінгі");
    private static readonly string[] Ablative = ["دان", "دەن", "تان", "تەن", "نان", "نەن"];

    // Two dates that are one range: "27-нші наурыз бен 4-інші сәуір аралығында", "3 жастан 6 жасқа дейінгі".
    private static Found? Range(IReadOnlyList<Word> words, Found found, int end)
    {
        var k = found.Last + 1;
        if (k + 1 < end && Lexicon.IsAny(words[k].Key, Connectors) && At(words, k + 1, end) is { } second
            && second.Last + 1 < end && Lexicon.IsAny(words[second.Last + 1].Key, Between))
        {
            return new Found(found.First, second.Last, $"{found.Value}/{second.Value}");
        }

        if (k < end && Lexicon.EndsWithAny(words[found.Last].Key, Ablative) && At(words, k, end) is { } to
            && to.Last + 1 < end && Lexicon.IsAny(words[to.Last + 1].Key, Until))
        {
            return new Found(found.First, to.Last, $"{found.Value}/{to.Value}");
        }

        return null;
    }

    private static readonly string[] Genitive = ["نىڭ", "دىڭ", "تىڭ"];
    private static readonly string Anniversary = Lexicon.Key("жылдығ");

    // "тамыздың 19-ы", "қаңтардың 10-ына дейін", "наурыздың 5-і мен 14-і аралығында", "сәуірдің 29-ы мен мамырдың 5-і
    // күндері аралығында": the day after its month in the genitive, with no year (--MM-DD).
    private static Found? MonthFirst(IReadOnlyList<Word> words, int i, int end)
    {
        var key = words[i].Key;
        if (MonthOf(key) is not { } month || !Lexicon.IsAny(key, MonthGenitives[month - 1]) || i + 1 >= end
            || words[i + 1].Kind != WordKind.Number || Day(words[i + 1].Text) is not { } day)
        {
            return null;
        }

        var last = DaySuffix(words, i + 1, end);
        var value = $"--{month:00}-{day:00}";
        if (last + 2 < end && Lexicon.IsAny(words[last + 1].Key, Connectors) && words[last + 2].Kind == WordKind.Number
            && Day(words[last + 2].Text) is { } to && to > day)
        {
            last = DaySuffix(words, last + 2, end);
            value += $"/--{month:00}-{to:00}";
        }
        else if (last + 2 < end && Lexicon.IsAny(words[last + 1].Key, Connectors) && MonthFirst(words, last + 2, end) is { } second)
        {
            last = second.Last;
            value += "/" + second.Value;
        }

        // "... күндері аралығында": the days' noun belongs to the range.
        if (value.Contains('/') && last + 2 < end && words[last + 1].Key.StartsWith(Days, StringComparison.Ordinal)
            && Lexicon.IsAny(words[last + 2].Key, Between))
        {
            last++;
        }

        return new Found(i, last, value);
    }

    private static readonly string Days = Lexicon.Key("күндер");

    private static readonly string[][] MonthGenitives =
        [.. Lexicon.Months.Select((m, index) => Genitive.Select(g => m + g).Concat(index == 8 ? Genitive.Select(g => Lexicon.VoicedSeptember + g) : []).ToArray())];

    // The word the number's possessive or case is written on after a hyphen ("19-ы", "10-ына", "25-і"), if any: the
    // last word of the day.
    private static int DaySuffix(IReadOnlyList<Word> words, int number, int end)
    {
        var j = number + 1;
        if (j + 1 < end && words[j].Is('-') && words[j].Start == words[number].End && words[j + 1].Kind == WordKind.Word
            && words[j + 1].Start == words[j].End)
        {
            return j + 1;
        }

        return j < end && words[j].Kind == WordKind.Word && words[j].Start == words[number].End && words[j].Key.StartsWith('-') ? j : number;
    }

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

        if (text.Length > 3 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        // "10 – 15 жылда", "14-інші — 15-інші ғасырларда": the first number takes the second's unit. A spaced hyphen is
        // skipped as an ordinal's: step back onto it.
        if (j < end && words[j].Kind == WordKind.Number && words[j - 1].Is('-') && words[j - 1].Start > words[j - 2].End)
        {
            j--;
        }

        if (j + 1 < end && Lexicon.IsAny(words[j].Key, Connectors) && words[j + 1].Kind == WordKind.Number
            && words[j + 1].Text.Length <= 3 && int.TryParse(words[j + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && to > count && Match(words, j + 1, end) is { } second && Counted(count, Ordinal(words, i, j), words[second.Last].Key) is { } from)
        {
            return new Found(i, second.Last, $"{from}/{second.Value}");
        }

        return Counted(count, Ordinal(words, i, j), words[j].Key) is { } value ? new Found(i, j, value) : null;
    }

    private static readonly string Century = Lexicon.Key("ғасыр");
    private static readonly string Quarter = Lexicon.Key("тоқсан");
    private static readonly string Years = Lexicon.Key("жылдар");

    // The value of a number before its unit word: an ordinal century, quarter or decade, or a count of units.
    private static string? Counted(int number, bool ordinal, string unitKey)
    {
        if (ordinal && number is >= 1 and <= 21 && unitKey.StartsWith(Century, StringComparison.Ordinal))
        {
            return (number - 1).ToString("00", CultureInfo.InvariantCulture);
        }

        if (ordinal && number is >= 1 and <= 4 && unitKey.StartsWith(Quarter, StringComparison.Ordinal))
        {
            return $"--Q{number}";
        }

        if (ordinal && number is >= 10 and <= 90 && number % 10 == 0 && unitKey.StartsWith(Years, StringComparison.Ordinal))
        {
            return $"19{number / 10}";
        }

        return UnitOf(unitKey) is { } unit ? $"P{number}{unit}" : null;
    }

    // Whether an ordinal suffix stands between the number at i and its unit word at j ("20-сыншы", "1-інші").
    private static bool Ordinal(IReadOnlyList<Word> words, int i, int j)
    {
        for (var k = i + 1; k < j; k++)
        {
            if (words[k].IsWord && Lexicon.IsAny(words[k].Key.TrimStart('-'), Lexicon.Ordinal))
            {
                return true;
            }
        }

        return false;
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

        if (j >= end || (MonthOf(words[j].Key) ?? RussianMonthOf(words[j].Key)) is not { } month)
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

    private static readonly string[] RangeWords = [.. Lexicon.Keys("және", "мен", "бен", "пен"), "-", "—", "–"];

    private static int? Day(string text) =>
        text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    private static readonly string Only = Lexicon.Key("ақ");

    private static int SkipOrdinal(IReadOnlyList<Word> words, int j, int end)
    {
        // "1-ақ жылдың ішінде": the particle after the number's hyphen.
        while (j < end && (words[j].Is('-') || (words[j].IsWord && Lexicon.IsAny(words[j].Key.TrimStart('-'), Lexicon.Ordinal))
            || (words[j].IsWord && words[j].Key.Length == 0) || (words[j].IsWord && words[j].Key == Only && words[j - 1].Is('-'))))
        {
            j++;
        }

        return j;
    }

    private static bool IsYear(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2100;

    private static bool IsYearWord(string key) =>
        key.StartsWith(Lexicon.Year, StringComparison.Ordinal) && !key.StartsWith(Lexicon.Year + "دام", StringComparison.Ordinal);

    // The Russian month names spoken Kazakh uses after a day ("10-ыншы май", "20-сыншы сентябрьде"); "май" (also "oil")
    // only bare or in the locative or ablative.
    private static readonly string[] RussianMonths = Lexicon.Keys("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр");
    private static readonly string[] Mays = [.. new[] { "", "دا", "دان" }.Select(e => RussianMonths[4] + e)];

    private static int? RussianMonthOf(string key)
    {
        for (var m = 0; m < RussianMonths.Length; m++)
        {
            if (m == 4 ? Lexicon.IsAny(key, Mays) : key.StartsWith(RussianMonths[m], StringComparison.Ordinal))
            {
                return m + 1;
            }
        }

        return null;
    }

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

    // The endings a unit word takes after a number: جىلدا, ايدىڭ, كۇنگە, جاستاعى, اپتانىڭ; about as long (جىلداي) and
    // an anniversary (جىلدىعىنا).
    private static readonly string[] Endings = ["ى", "دا", "دە", "تا", "تە", "عا", "گە", "قا", "كە", "نىڭ", "دىڭ", "تىڭ", "دان", "دەن", "تان", "تەن", "داعى", "دەگى", "تاعى", "تەگى", "دىق", "دىك", "تىق", "تىك", "لىق", "لىك", "ار", "نى", "دى", "تى", "مەن", "بەن", "پەن", "سىندا", "ىندا", "ىندە", "ندا",
        "داي", "دەي", "تاي", "تەي", "دىعى", "دىعىن", "دىعىنا", "دىعىندا", "دىعىنان"];

    private static bool IsCaseEnding(string rest) => Array.IndexOf(Endings, rest) >= 0;
}

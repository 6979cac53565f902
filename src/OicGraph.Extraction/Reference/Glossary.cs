namespace OicGraph.Extraction.Reference;

/// <summary>
/// English glosses of the Kazakh words that make up names of events and initiatives ("ғылым және технологиялар
/// жөніндегі саммит" → "Science and Technology Summit"), so generated entities get an English display name.
/// </summary>
internal static class Glossary
{
    private static readonly Dictionary<string, string> ByKey = Build();

    public static string? Gloss(string key) => ByKey.GetValueOrDefault(key);

    private static Dictionary<string, string> Build()
    {
        (string Cyrillic, string English)[] words =
        [
            ("ғылым", "Science"), ("ғылыми", "Scientific"), ("технология", "Technology"), ("технологиялар", "Technology"),
            ("және", "and"), ("білім", "Education"), ("азық-түлік", "Food"), ("қауіпсіздігі", "Security"), ("қауіпсіздік", "Security"),
            ("экономика", "Economy"), ("экономикалық", "Economic"), ("денсаулық", "Health"), ("су", "Water"), ("энергетика", "Energy"),
            ("мәдениет", "Culture"), ("туризм", "Tourism"), ("инвестиция", "Investment"), ("инвестициялық", "Investment"),
            ("сауда", "Trade"), ("көлік", "Transport"), ("цифрлық", "Digital"), ("дін", "Religion"), ("діни", "Religious"),
            ("бейбітшілік", "Peace"), ("ынтымақтастық", "Cooperation"), ("әйелдер", "Women"), ("жастар", "Youth"), ("спорт", "Sport"),
            ("дамыған", "developed"), ("мемлекеттер", "states"), ("мемлекеттердің", "states"), ("елдер", "countries"), ("елдерінің", "countries"),
            ("ислам", "Islamic"), ("халықаралық", "International"), ("ядролық", "nuclear"), ("қарусыз", "free"), ("әлем", "world"),
            ("парламентшілер", "Parliamentarians"), ("министрлер", "Ministers"), ("инвесторлар", "Investors"),
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cyrillic, english) in words)
        {
            map.TryAdd(Lexicon.Key(cyrillic), english);
        }

        return map;
    }
}

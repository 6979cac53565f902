using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>
/// People-patterns and people refuse most words before asking the shared per-key caches (PersonNames.MayBeNamePart,
/// the ۆ test of IsLoneSurname). A refusal must never hide a name: these check the premise the gates rest on and that
/// the gate lets every name part through.
/// </summary>
public sealed class PersonNameGateTests
{
    private const string Devoiced = "\u0643\u0642\u067E"; // ك ق پ: what SuffixStripper turns a voiced last letter into

    private static ExtractionContext SeedContext()
    {
        var context = new ExtractionContext(new ExtractionInput(TestData.Seed), ExtractionResources.Shared, CancellationToken.None);
        new NormalizeTextStep().Run(context);
        new SplitWordsStep().Run(context);
        return context;
    }

    private static IEnumerable<string> SeedKeys(ExtractionContext context) =>
        context.Words.Where(w => w.Kind == WordKind.Word).Select(w => w.Key).Distinct(StringComparer.Ordinal);

    [Fact]
    public void Every_stem_of_a_seed_word_is_the_word_cut_short_with_at_most_its_last_letter_devoiced()
    {
        var context = SeedContext();
        var checkedStems = 0;
        foreach (var key in SeedKeys(context))
        {
            foreach (var stem in context.Resources.NameStems(key))
            {
                checkedStems++;
                Assert.True(stem.Length <= key.Length && key.StartsWith(stem[..^1], StringComparison.Ordinal)
                    && (key[stem.Length - 1] == stem[^1] || Devoiced.Contains(stem[^1], StringComparison.Ordinal)), $"{key} -> {stem}");
            }
        }

        Assert.True(checkedStems > 1000, $"only {checkedStems} stems checked");
    }

    [Fact]
    public void No_seed_word_the_gate_refuses_is_a_first_name_or_a_russian_surname()
    {
        var context = SeedContext();
        var refused = 0;
        var names = 0;
        foreach (var key in SeedKeys(context))
        {
            var shape = PersonNames.ShapeFromLexicon(context, key);
            names += shape == PersonNameShape.None ? 0 : 1;
            if (!PersonNames.MayBeNamePart(context, key))
            {
                refused++;
                Assert.True(shape == PersonNameShape.None, $"{key} is {shape} but the gate refuses it");
            }
        }

        // The gate is only worth having if it refuses most words, and the check only means something if there are names.
        Assert.True(refused > 500 && names > 10, $"refused {refused}, names {names}");
    }

    [Theory]
    [InlineData("اسقار", true)]
    [InlineData("نازاربايەۆتىڭ", false)]
    [InlineData("مۋسينوۆپەن", false)]
    [InlineData("ەسپايەۆا", false)]
    [InlineData("احمەتشينا", false)]
    public void The_gate_lets_name_parts_through(string word, bool firstName)
    {
        var expected = firstName ? PersonNameShape.FirstName : PersonNameShape.RussianSurname;
        var context = SeedContext();
        var key = OicGraph.Text.MatchKeys.Key(word);
        Assert.True((PersonNames.ShapeFromLexicon(context, key) & expected) != 0, $"{word} is not {expected} to the lexicon");
        Assert.True(PersonNames.MayBeNamePart(context, key));
        Assert.Equal(firstName, PersonNames.IsFirstName(context, key));
        Assert.Equal(!firstName, PersonNames.IsRussianSurname(context, key));
    }

    [Theory]
    [InlineData("ءبىرتانوۆتىڭ", true)]
    [InlineData("بەركىنبايەۆ", true)]
    [InlineData("ۇيىمىنىڭ", false)]
    [InlineData("كەلىسىمدەر", false)]
    public void A_lone_surname_needs_its_ov_ending(string word, bool lone) =>
        Assert.Equal(lone, PersonNames.IsLoneSurname(SeedContext(), OicGraph.Text.MatchKeys.Key(word)));
}

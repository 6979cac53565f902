namespace OicGraph.Text.Tests;

public sealed class NormalizerPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Invisible_noise_normalizes_to_the_clean_text(int seed)
    {
        foreach (var sentence in NoisyText.SeedSentences())
        {
            var noisy = NoisyText.AddInvisibleNoise(sentence, seed);
            Assert.Equal(KazakhNormalizer.Normalize(sentence).Text, KazakhNormalizer.Normalize(noisy).Text);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Presentation_forms_normalize_to_the_clean_text(int seed)
    {
        var noisy = NoisyText.AddPresentationForms(SeedData.Interview, seed);
        Assert.NotEqual(SeedData.Interview, noisy);
        var normalized = KazakhNormalizer.Normalize(noisy);
        Assert.Equal(KazakhNormalizer.Normalize(SeedData.Interview).Text, normalized.Text);
        Assert.Equal(noisy.Length, normalized.ToOriginal(normalized.Text.Length));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalizing_twice_changes_nothing(int seed)
    {
        var noisy = NoisyText.AddInvisibleNoise(SeedData.Interview, seed) + " ء«تىل ۇكiمەتiنiڭ دٵيەكسٶز ي ى ۇ- داعى ﺳﺎﻟﻪﻡ";
        var once = KazakhNormalizer.Normalize(noisy).Text;
        Assert.Equal(once, KazakhNormalizer.Normalize(once).Text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Token_offsets_slice_the_original_exactly(int seed)
    {
        var noisy = NoisyText.AddInvisibleNoise(SeedData.Interview, seed) + " ء«تىل» ۇكiمەتiنiڭ ي ى ۇ- داعى";
        var normalized = KazakhNormalizer.Normalize(noisy);
        foreach (var token in KazakhTokenizer.Tokenize(normalized.Text))
        {
            var (start, end) = normalized.ToOriginalSpan(token.Start, token.End);
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, noisy.Length);

            // The original slice is the token: normalising it gives the same key.
            var slice = noisy[start..end];
            Assert.Equal(MatchKeys.KeyOfNormalized(token.Text), MatchKeys.Key(slice));
        }
    }

    [Fact]
    public void Offsets_are_monotonic_over_the_seed()
    {
        var normalized = KazakhNormalizer.Normalize(SeedData.Interview);
        var previous = 0;
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            var original = normalized.ToOriginal(i);
            Assert.True(original >= previous, $"index {i}");
            previous = original;
        }
    }

    [Fact]
    public void Unchanged_text_maps_to_itself()
    {
        const string text = "يسلام ىنتىماقتاستىعى ۇيىمى";
        var normalized = KazakhNormalizer.Normalize(text);
        Assert.Same(text, normalized.Text);
        Assert.Equal((5, 12), normalized.ToOriginalSpan(5, 12));
    }
}

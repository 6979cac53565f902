using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

public sealed class TagSetTests
{
    private static readonly TagSet Tags = new(["PER", "ORG"]);

    [Theory]
    [InlineData(new[] { 0, 1, 2, 0 }, "PER 1-2")]
    [InlineData(new[] { 1, 1, 3, 4, 4 }, "PER 0-0|PER 1-1|ORG 2-4")]
    [InlineData(new[] { 2, 2, 0, 4 }, "PER 0-1|ORG 3-3")]
    [InlineData(new[] { 1, 4 }, "PER 0-0|ORG 1-1")]
    [InlineData(new[] { 0, 0 }, "")]
    public void Spans_read_begin_inside_runs_and_a_stray_inside_starts_a_span(int[] tags, string expected)
    {
        var spans = TagSet.Spans(tags).Select(s => $"{Tags.Classes[s.Class]} {s.First}-{s.Last}");
        Assert.Equal(expected, string.Join('|', spans));
    }

    [Theory]
    [InlineData(-1, 2, false)]
    [InlineData(0, 2, false)]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, false)]
    [InlineData(0, 3, true)]
    [InlineData(-1, 0, true)]
    public void Inside_follows_only_its_own_class(int previous, int next, bool allowed) =>
        Assert.Equal(allowed, TagSet.Allowed(previous, next));

    [Fact]
    public void A_tag_set_refuses_duplicate_or_missing_classes()
    {
        Assert.Throws<ArgumentException>(() => new TagSet([]));
        Assert.Throws<ArgumentException>(() => new TagSet(["A", "A"]));
    }
}
